// Renderer entry: mounts the React tree. The page talks to the app only via window.tokenManager.
import '../shared/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the app in.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
