export { flagIssues, intFlag, parseFlags } from './flags';
