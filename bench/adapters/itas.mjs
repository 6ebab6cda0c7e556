/* global document, location, requestAnimationFrame, URL, performance, HTMLAnchorElement, btoa */
// Adapter of the peer harness (../shared/bench-peer/measure.mjs) for the ITAS app's bench build
// (dist-bench/). Used by `npm run bench:peer`. Selectors are plain CSS; the functions run inside
// the page (serialised), so they are self-contained.
//
// Cold load: seed/ saves the 60-question benchmark assessment (6 dimensions of 10 maturity
// questions, see src/bench/questionnaire.ts) and opens its answering screen; the figures are those
// of the answering screen's own page load. Answering: one dimension per page, the screen's own
// "next" button; the review screen's data-complete="yes" appears only when every question is
// answered, so it checks that every click landed.
export default {
  name: 'itas',
  path: '/seed/',
  readySelector: '.question .choice',
  groupSelector: '.question',
  optionSelector: '.choice',
  pick: 'alternate',
  nextSelector: '[data-nav="next"]',
  completeSelector: '[data-nav="review"]',
  doneSelector: '[data-complete="yes"]',
  // The full PDF report as a person gets it: the results screen's "download report" button, from
  // the click until the PDF file is handed to the browser (lazy load of the report code, jsPDF,
  // font and texts included). The download itself is caught and not saved.
  fill: () => {
    if (!document.querySelector('[data-complete="yes"]'))
      throw new Error('the PDF step needs the questions answered first (--mode all)');
  },
  pdf: async () => {
    location.hash = '#/a/bench-maturity-60/results';
    const button = await new Promise((resolve) => {
      const find = () => {
        const b = [...document.querySelectorAll('button')].find((x) =>
          /Bericht herunterladen/.test(x.textContent || ''),
        );
        if (b) resolve(b);
        else requestAnimationFrame(find);
      };
      find();
    });
    const blob = new Promise((resolve) => {
      const original = URL.createObjectURL;
      URL.createObjectURL = (b) => {
        URL.createObjectURL = original;
        resolve({ b, t: performance.now() });
        return original.call(URL, b);
      };
    });
    const stop = (e) => {
      if (e.target instanceof HTMLAnchorElement && e.target.download) e.preventDefault();
    };
    document.addEventListener('click', stop, true);
    const t0 = performance.now();
    button.click();
    const got = await blob;
    document.removeEventListener('click', stop, true);
    const buf = new Uint8Array(await got.b.arrayBuffer());
    let bin = '';
    for (let i = 0; i < buf.length; i += 0x8000)
      bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
    return { totalMs: got.t - t0, bytes: buf.length, base64: btoa(bin) };
  },
};
