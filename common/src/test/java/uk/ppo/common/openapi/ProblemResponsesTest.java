package uk.ppo.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which declared responses the filter gives a Problem body, and which it leaves as they are. */
class ProblemResponsesTest {

    @ParameterizedTest(name = "{0} declared {1}: {2}")
    @CsvSource({
            "400, without content, application/problem+json",
            "401, without content, application/problem+json",
            "404, without content, application/problem+json",
            "503, without content, application/problem+json",
            "409, with empty content, application/problem+json",
            "422, with its own content, text/plain",
            "404, as a $ref, ",
            "200, without content, ",
            "204, without content, ",
            "default, without content, ",
    })
    void errorAnswersWithoutContentAnswerAProblem(String status, String declared, String mediaType) {
        APIResponse response = OASFactory.createAPIResponse().description("what happened");
        switch (declared) {
            case "with empty content" -> response.content(OASFactory.createContent());
            case "with its own content" -> response.content(OASFactory.createContent().addMediaType("text/plain",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().maxLength(100))));
            case "as a $ref" -> response.ref("#/components/responses/NotFound");
            default -> {
            }
        }
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse(status, response));

        Content content = new ProblemResponses().filterOperation(operation).getResponses().getAPIResponse(status).getContent();

        if (mediaType == null) {
            assertNull(content);
            return;
        }
        assertEquals(List.of(mediaType), List.copyOf(content.getMediaTypes().keySet()));
        if (mediaType.equals("application/problem+json")) {
            assertEquals("#/components/schemas/Problem", content.getMediaType(mediaType).getSchema().getRef());
        } else {
            assertNull(content.getMediaType(mediaType).getSchema().getRef());
        }
    }
}
