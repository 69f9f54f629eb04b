// Hostile input on the motorist routes (see hostile-suite.ts).
import { hostileInputSuite } from './hostile-suite.ts';

hostileInputSuite(['motorist']);
