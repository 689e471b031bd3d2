package dev.meshport.validator.istio.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/** Istio pkg/config/validation/validation.go validateJwtRule and pkg/config/security ParseJwksURI. */
@RuleMeta(
        id = "istio-ra-invalid-jwt-rule",
        severity = Severity.ERROR,
        summary = "A RequestAuthentication JWT rule has no issuer, a bad jwksUri or jwks, or empty names",
        mesh = "istio",
        kinds = {"RequestAuthentication"},
        equivalents = {"IST0106"},
        docs = """
                Istio rejects a JWT rule without `issuer`, with an empty audience, a `jwksUri` that is no http(s)
                URL with a host, inline `jwks` that is not a JSON Web Key Set, both `jwks` and `jwksUri`, a `fromHeaders` entry without name,
                an empty `fromParams` or `fromCookies` entry, and `outputClaimToHeaders` without claim or with an
                invalid header name.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: jwt
                spec:
                  jwtRules:
                  - jwksUri: auth.example.com/.well-known/jwks.json
                #   ^ istio-ra-invalid-jwt-rule
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: jwt
                spec:
                  jwtRules:
                  - issuer: https://auth.example.com
                    jwksUri: https://auth.example.com/.well-known/jwks.json
                    fromHeaders:
                    - name: Authorization
                      prefix: "Bearer "
                """)
public final class RaInvalidJwtRule implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ra : MeshFacts.istio(context, "RequestAuthentication")) {
            for (Field rule : Fields.each(ra, "spec.jwtRules[*]")) {
                if (rule.key("issuer").text().isEmpty()) {
                    reporter.report(ra, rule.key("issuer").present() ? rule.key("issuer").path() : rule.path(), "issuer must be set");
                }
                for (Field audience : rule.key("audiences").items()) {
                    if (audience.text().isEmpty()) {
                        reporter.report(ra, audience.path(), "audience must be non-empty string");
                    }
                }
                Field uri = rule.key("jwksUri");
                if (uri.present() && !uri.text().isEmpty() && !isHttpUrl(uri.text())) {
                    reporter.report(ra, uri.path(), "jwksUri " + uri.text() + " is not an http or https URL with a host");
                }
                Field jwks = rule.key("jwks");
                if (jwks.present() && uri.present()) {
                    reporter.report(ra, jwks.path(), "only one of jwks or jwksUri can be set");
                }
                if (jwks.present() && !isJwks(jwks.text())) {
                    reporter.report(ra, jwks.path(), "jwks is not a JSON Web Key Set");
                }
                for (Field header : rule.each("fromHeaders[*]")) {
                    if (header.key("name").text().isEmpty()) {
                        reporter.report(ra, header.path(), "location header name must be non-empty string");
                    }
                }
                for (String list : new String[] {"fromParams", "fromCookies"}) {
                    for (Field v : rule.key(list).items()) {
                        if (v.text().isEmpty()) {
                            reporter.report(ra, v.path(), list + " entries must be non-empty strings");
                        }
                    }
                }
                for (Field out : rule.each("outputClaimToHeaders[*]")) {
                    String header = out.key("header").text();
                    if (out.key("claim").text().isEmpty() || header.isEmpty()) {
                        reporter.report(ra, out.path(), "outputClaimToHeaders header and claim value must be non-empty string");
                    } else if (!header.matches("[-_A-Za-z0-9]+")) {
                        reporter.report(ra, out.key("header").path(), "header name " + header + " is not a valid header name");
                    }
                }
            }
        }
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = new URI(s);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Parsed only for rules with inline jwks, so that start-up does not pay for a mapper. */
    private static boolean isJwks(String s) {
        try {
            return new ObjectMapper().readTree(s).path("keys").isArray();
        } catch (IOException e) {
            return false;
        }
    }
}
