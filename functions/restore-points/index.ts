// Public face of functions/restore-points: the daily restoration job.
export { planRestoration, type ShardWork } from './plan.ts';
export {
  makeRestorePoints,
  makeRestoreShard,
  type RestorationReport,
  type RestorePoints,
} from './use-case.ts';
