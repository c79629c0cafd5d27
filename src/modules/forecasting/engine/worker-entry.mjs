// Worker threads do not inherit the tsx loader of the thread that starts them: register it, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
