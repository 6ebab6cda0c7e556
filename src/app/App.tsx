export function App() {
  return (
    <main>
      <h1>ITAS Transformations-Check</h1>
    </main>
  );
}
