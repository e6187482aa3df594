import type { DomainHandlers } from '../rpc/handlers-for';
import { analyseOneUrl } from '../services/research/jobs/analyse-one-url';
import { listResearchJobs, readResearchJobDetail } from '../services/research/jobs/read-research-jobs';
import { readLeadEvidence } from '../services/research/jobs/read-lead-evidence';
import { cancelResearchJob } from '../services/research/jobs/research-job-runner';
import { startResearchJob } from '../services/research/jobs/start-research-job';

export const researchHandlers: DomainHandlers<'research'> = {
  'research.start': async (input, ctx) => {
    const job = await startResearchJob(ctx.db, ctx.clock, input);
    ctx.events.emit('research.progressed', { job, latest: [] });
    ctx.research?.wake();
    return job;
  },
  'research.cancel': ({ jobId }, ctx) => (ctx.research ? ctx.research.cancel(jobId) : cancelResearchJob(ctx.db, ctx.clock, ctx.events, jobId)),
  'research.jobs': ({ limit }, ctx) => listResearchJobs(ctx.db, limit),
  'research.job': ({ jobId, offset, limit }, ctx) => readResearchJobDetail(ctx.db, jobId, offset, limit),
  'research.analyseUrl': (input, ctx) => analyseOneUrl(ctx.db, ctx.clock, input),
  'research.evidence': ({ leadId }, ctx) => readLeadEvidence(ctx.db, leadId),
};
