package my.etika.discipline.entity;

/**
 * Records beside the procedure: interdiction (tahan kerja, regs 43/44: at least half of the emoluments), suspension
 * (gantung kerja, reg 45: no emoluments) and the report to the Director-General or State Secretary (reg 3D).
 */
public enum SideRecordKind {
    INTERDICTION, SUSPENSION, REPORT_3D
}
