package uk.ppo.scoring.matrix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a version's rules as one JSON document: the matrix is data, not code. */
@Converter
class RulesConverter implements AttributeConverter<MatrixRules, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public String convertToDatabaseColumn(MatrixRules rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("matrix rules could not be written", e);
        }
    }

    @Override
    public MatrixRules convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, MatrixRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored matrix rules could not be read", e);
        }
    }
}
