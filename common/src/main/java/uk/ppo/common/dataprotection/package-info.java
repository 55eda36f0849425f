/**
 * The data-protection contract every service that holds records about a person offers offender-service (DPA 2018
 * Part 3: subject access and disposal), one definition for all of them:
 * <ul>
 * <li>{@code GET /api/v1/data-protection/people/{personId}/records?from=&to=}: a {@link PersonRecordsSection}, the
 * service's section of a subject access bundle (every {@link HeldRecord} about the person, every {@link Disclosure}
 * of them in its audit trail);</li>
 * <li>{@code DELETE /api/v1/data-protection/people/{personId}}: a {@link DisposalReceipt}, after every record about
 * the person is deleted in one transaction (idempotent: again, it deletes nothing and counts zeros).</li>
 * </ul>
 * Both are for role {@code data-protection-service} only, held by offender-service's own client: offender-service
 * owns people and orchestrates both jobs. They are internal, like the scope look-ups: the gateway routes neither and
 * the suite's API document does not show them. A person the service holds nothing about is an empty section, not a
 * 404 (the service cannot know the person; offender-service has checked).
 * <p>
 * The audit trail's rows about the person are kept on disposal, for their own retention period: the person id is
 * a random surrogate whose only link to an identity is offender-service's person row, deleted with the rest, so
 * what the trail keeps becomes pseudonymous.
 */
package uk.ppo.common.dataprotection;
