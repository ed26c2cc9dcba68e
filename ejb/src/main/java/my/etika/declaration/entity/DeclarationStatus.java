package my.etika.declaration.entity;

/** Where one officer's declaration in a campaign stands. */
public enum DeclarationStatus {
    /** Not signed yet (or a material new version asks for another signature). */
    PENDING,
    SIGNED,
    /** The officer left the audience during the campaign (left the directory, inactive, moved out). */
    EXCLUDED
}
