// Hostile input on the registry routes (see hostile-suite.ts).
import { hostileInputSuite } from './hostile-suite.ts';

hostileInputSuite(['registry']);
