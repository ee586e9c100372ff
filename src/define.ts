// `import 'split-ship/define'`: registers every split-ship element. The only module with side effects.
import './components/split-ship/define.js';
