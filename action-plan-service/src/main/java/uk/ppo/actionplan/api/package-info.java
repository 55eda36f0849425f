/**
 * The parts of action-plan-service's API document that every resource shares: the problem responses, declared once here
 * and referred to by name from each operation ({@code @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND,
 * description = "No such plan")}: the operation's own description says what is missing or in conflict).
 */
@OpenAPIDefinition(info = @Info(title = "PPO action-plan-service", version = "1.0"), components = @Components(responses = {
        @APIResponse(name = ApiProblems.INVALID, responseCode = "400", description = "Invalid input: violations name each field",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = ApiProblems.UNAUTHENTICATED, responseCode = "401", description = "No valid bearer token from the ppo realm",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = ApiProblems.FORBIDDEN, responseCode = "403", description = "The caller's role may not do this",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = ApiProblems.NOT_FOUND, responseCode = "404",
                description = "No such record, or one the caller may not reach (the two answer alike)",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = ApiProblems.CONFLICT, responseCode = "409", description = "The record's state does not allow this",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = ApiProblems.STALE, responseCode = "412",
                description = "If-Match names a version that is no longer the current one: read the record again and retry",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = ApiProblems.UNAVAILABLE, responseCode = "503",
                description = "A service this one depends on is unavailable, so the request cannot be answered now; try again later",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
}))
package uk.ppo.actionplan.api;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import uk.ppo.common.problem.Problem;
