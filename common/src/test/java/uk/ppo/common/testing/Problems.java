package uk.ppo.common.testing;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The problem answers (RFC 9457, application/problem+json) every service gives, as REST Assured expectations a test
 * adds to its own: {@code .then().spec(Problems.invalidInput("financialYear")).body(...)}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** A problem with this status. */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder().expectStatusCode(status).expectContentType(MEDIA_TYPE).build();
    }

    /** 400 invalid-input, naming {@code field} first among its violations. */
    public static ResponseSpecification invalidInput(String field) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(400))
                .expectBody("type", equalTo("urn:ppo:problem:invalid-input"))
                .expectBody("violations[0].field", equalTo(field)).build();
    }

    /** 404 not-found. */
    public static ResponseSpecification notFound() {
        return new ResponseSpecBuilder().addResponseSpecification(problem(404))
                .expectBody("type", equalTo("urn:ppo:problem:not-found")).build();
    }

    /** 401 to a caller without a token, with the Bearer challenge. */
    public static ResponseSpecification tokenRequired() {
        return new ResponseSpecBuilder().addResponseSpecification(problem(401))
                .expectHeader("WWW-Authenticate", containsString("Bearer"))
                .expectBody("status", equalTo(401)).build();
    }
}
