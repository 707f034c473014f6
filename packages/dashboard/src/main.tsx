// The dashboard page's script: renders the whole page into #app (see index.html).
import { render } from 'preact';
import { Dashboard } from './components/dashboard.js';

const root = document.getElementById('app');
if (!root) throw new Error('dashboard: index.html has no #app element');
render(<Dashboard />, root);
