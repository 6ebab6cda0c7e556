import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/App';
import { parseHash } from './navigation/routes';
import { openStorage } from './state/app-store';
import { initI18n } from './i18n';
import './styles.css';

// Storage starts opening at once; the screen of the address opened comes with the first
// render, not after a loading message.
void openStorage();
void Promise.all([initI18n(), preloadScreen(parseHash(window.location.hash)).catch(() => {})]).then(
  () => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  },
);
