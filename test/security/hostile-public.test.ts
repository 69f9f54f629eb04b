// Hostile input on the public routes (see hostile-suite.ts).
import { hostileInputSuite } from './hostile-suite.ts';

hostileInputSuite(['public']);
