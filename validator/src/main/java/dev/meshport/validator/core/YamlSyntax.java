package dev.meshport.validator.core;

import dev.meshport.model.Severity;
import dev.meshport.model.load.LoadProblem;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = LoadProblem.SYNTAX,
        severity = Severity.ERROR,
        summary = "The file is not valid YAML or JSON",
        mesh = "both",
        equivalents = {"IST0001"},
        docs = """
                The document cannot be parsed, so neither meshport nor `kubectl apply` can read it. Common causes are
                unrendered Helm templates (`{{ .Values.x }}`), tabs used for indentation, and a value that starts with
                a character YAML reserves (`*`, `&`, `@`, `` ` ``) without quotes. meshport reports the position and
                goes on with the next document of the file.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews
                  http:
                #     ^ yaml-syntax
                  - route:
                    - destination: {host: reviews}
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                """)
public final class YamlSyntax extends LoadProblemRule {

    public YamlSyntax() {
        super(LoadProblem.SYNTAX);
    }
}
