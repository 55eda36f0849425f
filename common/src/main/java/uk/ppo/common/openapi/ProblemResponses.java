package uk.ppo.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import uk.ppo.common.problem.Problem;

/**
 * What every service's error answers are, written into its OpenAPI document once instead of on each operation: a 4xx
 * or 5xx response declared without content (an {@code @APIResponse} with only a code and a description) answers a
 * {@link Problem} as {@code application/problem+json}. Registered for every service by {@code mp.openapi.filter} in
 * common's {@code microprofile-config.properties}; the gateway adds what only the merged document needs.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (isError(status) && response.getRef() == null && isEmpty(response.getContent())) {
                    response.setContent(problem());
                }
            });
        }
        return operation;
    }

    static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
