// Adapter of the peer harness for the ITAS production build's start page (dist/): load figures
// only (first contentful paint, bytes, heap). Used by `npm run bench:peer`.
export default {
  name: 'itas-start',
  path: '/',
  readySelector: '.start h1',
};
