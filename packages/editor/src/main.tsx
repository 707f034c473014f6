// The editor page's script (a module: the collector's CSP allows scripts from its own origin only).
import { render } from 'preact';
import { EditorApp } from './editor-app.js';

render(<EditorApp />, document.getElementById('app')!);
