package uk.ppo.common.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * A request body is one JSON document and nothing after it: {@code {...} x} is a 400 problem, not
 * the document with the rubbish ignored (Jackson's default). An id is an id: an empty or blank string
 * (after Jackson's trimming, which takes control characters such as NUL too) is a 400 problem, not a
 * missing id ({@code "schemeId": "\u0000"} once activated a matrix version for every scheme). An enum is one of
 * its names: {@code "rateBasis": 1} is a 400 problem, not the second constant by its index.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(UUID.class).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
