/* global window, location, performance */
// Injected by scripts/bench-profile.ts (never part of a build), with ?bench-renders in the URL: a stand-in for the React developer
// tools' hook that counts, per commit, the components that rendered (and, among them, question
// cards), so a benchmark can check that an answer re-renders only what changed. A classic
// script, so it is in place before React starts.
(function () {
  if (!/[?&]bench-renders\b/.test(location.search)) return;
  var stats = (window.__renders = { commits: [] });
  var PERFORMED_WORK = 1;
  function walk(fiber, acc) {
    for (; fiber; fiber = fiber.sibling) {
      var fresh = !fiber.alternate;
      var tag = fiber.tag;
      var component = tag === 0 || tag === 1 || tag === 11 || tag === 14 || tag === 15;
      if (component && (fresh || fiber.flags & PERFORMED_WORK)) {
        acc.components++;
        var p = fiber.memoizedProps;
        if (p && typeof p === 'object' && 'question' in p && 'number' in p) acc.cards++;
      }
      // A subtree React did not touch keeps its old children: nothing in it rendered.
      if (fiber.child && (fresh || fiber.child !== fiber.alternate.child)) walk(fiber.child, acc);
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: function () {
      return 1;
    },
    onCommitFiberRoot: function (_id, root) {
      var acc = { t: performance.now(), components: 0, cards: 0 };
      walk(root.current.child, acc);
      stats.commits.push(acc);
    },
    onPostCommitFiberRoot: function () {},
    onCommitFiberUnmount: function () {},
    checkDCE: function () {},
  };
})();
