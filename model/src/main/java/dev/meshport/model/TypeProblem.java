package dev.meshport.model;

/** A field whose value the typed model cannot take: a wrong type, a bad enum value. */
public record TypeProblem(FieldPath field, String message) {}
