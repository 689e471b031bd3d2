package dev.meshport.model.kinds;

/**
 * What meshport knows of one apiVersion + kind: its family, and the class that models it. Several served versions
 * of a kind share one class (Istio's v1alpha3, v1beta1 and v1 schemas are the same), so every consumer reads one model.
 */
public record KindInfo(String group, String kind, Mesh mesh, Class<?> modelClass) {}
