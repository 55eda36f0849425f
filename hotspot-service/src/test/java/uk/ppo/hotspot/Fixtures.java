package uk.ppo.hotspot;

import io.restassured.http.ContentType;
import uk.ppo.common.testing.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Test data shared by the HTTP tests: tokens, the East Sussex sample areas, and fresh synthetic hierarchies. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.user("ada.admin").roles("admin").agency("council").token();
    public static final String ANALYST = TestTokens.forRole("analyst");
    public static final String PARTNER = TestTokens.user("sussex-police-system").roles("partner-system").token();
    public static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context";
    public static final String SUSSEX_JANUARY = "fixtures/2025-01-sussex-street.csv.gz";

    private static boolean eastSussexLoaded;
    private static boolean januaryLoaded;

    private Fixtures() {
    }

    public static byte[] resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** East Sussex areas and boundaries (the module's sample files), once per test JVM. */
    public static synchronized void eastSussex() {
        if (eastSussexLoaded) {
            return;
        }
        given().auth().oauth2(ADMIN).contentType("text/csv").body(resource("sample/areas-east-sussex.csv"))
                .when().post("/api/v1/areas/import").then().statusCode(200);
        for (String district : List.of("E07000061", "E07000062", "E07000063", "E07000064", "E07000065")) {
            for (String kind : List.of("wards", "lsoas")) {
                given().auth().oauth2(ADMIN).contentType("application/geo+json")
                        .body(resource("sample/" + kind + "-" + district + ".geojson"))
                        .when().put("/api/v1/areas/boundaries").then().statusCode(200);
            }
        }
        eastSussexLoaded = true;
    }

    /** East Sussex plus the real Sussex Police January 2025 file. */
    public static synchronized void sussexJanuary() {
        eastSussex();
        if (januaryLoaded) {
            return;
        }
        importCsv(resource(SUSSEX_JANUARY), "application/gzip").then().statusCode(200);
        januaryLoaded = true;
    }

    public static io.restassured.response.Response importCsv(byte[] body, String contentType) {
        return given().auth().oauth2(PARTNER).contentType(contentType).body(body)
                .when().post("/api/v1/incidents/import");
    }

    public static String crimeId() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A fresh code that also passes as an LSOA code in police files: a letter and 8 digits. */
    public static String code() {
        return "X" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /**
     * A fresh county with one district, wards W1 and W2, LSOAs L1 (W1, 1,000 residents), L2 (W1, 2,000)
     * and L3 (W2, 500).
     */
    public record Hierarchy(String county, String district, String w1, String w2, String l1, String l2, String l3) {

        public static Hierarchy create() {
            Hierarchy h = new Hierarchy(code(), code(), code(), code(), code(), code(), code());
            String csv = "code,name,type,parent_code,population,latitude,longitude\n"
                    + h.county + ",County " + h.county + ",COUNTY,,3500,50.9,0.3\n"
                    + h.district + ",\"District, " + h.district + "\",DISTRICT," + h.county + ",3500,50.9,0.3\n"
                    + h.w1 + ",Ward one,WARD," + h.district + ",3000,50.91,0.31\n"
                    + h.w2 + ",Ward two,WARD," + h.district + ",500,50.95,0.35\n"
                    + h.l1 + ",Lsoa one,LSOA," + h.w1 + ",1000,50.910,0.310\n"
                    + h.l2 + ",Lsoa two,LSOA," + h.w1 + ",2000,50.912,0.312\n"
                    + h.l3 + ",Lsoa three,LSOA," + h.w2 + ",500,50.950,0.350\n";
            given().auth().oauth2(ADMIN).contentType("text/csv").body(csv)
                    .when().post("/api/v1/areas/import").then().statusCode(200);
            return h;
        }
    }

    /** police.uk rows: {@code n} crimes of a type in an LSOA and month, each with a fresh Crime ID. */
    public static List<String> crimes(int n, String month, String lsoa, String crimeType) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean asb = crimeType.equals("Anti-social behaviour");
            rows.add((asb ? "" : crimeId()) + "," + month + ",Sussex Police,Sussex Police,0.31" + i % 10 + ",50.91" + i % 7
                    + ",On or near Test Street," + lsoa + ",Test " + lsoa + "," + crimeType + ","
                    + (asb ? "" : "Under investigation") + ",");
        }
        return rows;
    }

    public static byte[] csv(List<String> rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static ContentType json() {
        return ContentType.JSON;
    }
}
