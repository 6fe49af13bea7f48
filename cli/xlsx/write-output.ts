// The safe writer lives with the rest of the CLI's file system code in cli/fs/; this keeps the old import path working.
export { writeOutput } from '../fs/write-output';
