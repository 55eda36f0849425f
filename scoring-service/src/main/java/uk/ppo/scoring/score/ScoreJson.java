package uk.ppo.scoring.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import uk.ppo.scoring.engine.ScoreResult;

import java.util.List;

/** How a score's lines, exclusions and inputs are kept: JSON documents in the score row. */
public final class ScoreJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<ScoreResult.Line>> LINES = new TypeReference<>() { };
    private static final TypeReference<List<ScoreResult.Excluded>> EXCLUDED = new TypeReference<>() { };
    private static final TypeReference<ScoringInputs> INPUTS = new TypeReference<>() { };

    private ScoreJson() {
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("score could not be written", e);
        }
    }

    public static List<ScoreResult.Line> lines(String json) {
        return read(json, LINES);
    }

    public static List<ScoreResult.Excluded> excluded(String json) {
        return read(json, EXCLUDED);
    }

    public static ScoringInputs inputs(String json) {
        return read(json, INPUTS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored score could not be read", e);
        }
    }
}
