/**
 * Long work as rows that any replica may claim with a lease (ARCHITECTURE: "Nothing assumes a service runs as one
 * replica"). A service names its job table ({@link uk.ppo.common.jobs.JobTable}), gives it the lease columns, and
 * runs a {@link uk.ppo.common.jobs.JobPoller} that claims jobs ({@link uk.ppo.common.jobs.Leases}), renews each
 * lease while its worker runs and hands the job to another replica when it cannot; every write the worker makes
 * first {@link uk.ppo.common.jobs.Leases#hold holds} the lease in the writing transaction, so a worker that lost its
 * job writes nothing. {@link uk.ppo.common.jobs.JobMetrics} exports the jobs' metrics.
 */
package uk.ppo.common.jobs;
