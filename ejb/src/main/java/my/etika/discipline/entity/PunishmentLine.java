package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import my.etika.discipline.control.ImposedPunishment;

/** One punishment of a decision (stage DECISION) or of an appeal board's lighter one (stage APPEAL). */
@Embeddable
public class PunishmentLine {

    /** Which decision imposed it. */
    public enum Stage {
        DECISION, APPEAL
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PunishmentKind kind;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    private Integer days;

    private Integer months;

    private Integer movements;

    @Column(name = "new_grade", length = 32)
    private String newGrade;

    protected PunishmentLine() {
    }

    public PunishmentLine(Stage stage, ImposedPunishment punishment) {
        this.stage = stage;
        this.kind = punishment.kind();
        this.amount = punishment.amount();
        this.days = punishment.days();
        this.months = punishment.months();
        this.movements = punishment.movements();
        this.newGrade = punishment.newGrade();
    }

    public Stage getStage() {
        return stage;
    }

    public ImposedPunishment punishment() {
        return new ImposedPunishment(kind, amount, days, months, movements, newGrade);
    }
}
