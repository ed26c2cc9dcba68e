package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One of the punishments of reg 38 as in force for a period: its letter, names, whether it is severe (not
 * available on the reg 36 lesser-punishment track) and its limits ({@link PunishmentParameters}). The code is the
 * kind's name.
 */
@Entity
@Table(name = "punishment_type")
public class PunishmentType extends ReferenceRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private PunishmentKind kind;

    @Column(nullable = false, updatable = false, length = 16)
    private String letter;

    @Column(name = "name_ms", nullable = false, updatable = false, length = 256)
    private String nameMs;

    @Column(name = "name_en", nullable = false, updatable = false, length = 256)
    private String nameEn;

    @Column(nullable = false, updatable = false)
    private boolean severe;

    @Column(name = "fine_max_days", updatable = false)
    private Integer fineMaxDays;

    @Column(name = "monthly_fines_cap_percent", updatable = false)
    private Integer monthlyFinesCapPercent;

    @Column(name = "emolument_days_divisor", updatable = false)
    private Integer emolumentDaysDivisor;

    /** Months separated by commas ({@code 3,6,9,12}). */
    @Column(name = "deferment_months_allowed", updatable = false, length = 64)
    private String defermentMonthsAllowed;

    @Column(name = "salary_reduction_max_movements", updatable = false)
    private Integer salaryReductionMaxMovements;

    @Column(name = "rank_reduction_grades", updatable = false)
    private Integer rankReductionGrades;

    protected PunishmentType() {
    }

    public PunishmentType(PunishmentKind kind, LocalDate effectiveFrom, Instant createdAt, String createdBy) {
        super(kind.name(), effectiveFrom, createdAt, createdBy);
        this.kind = kind;
    }

    /** The next version of this type, from the given day, with this one's content until described anew. */
    public PunishmentType successor(LocalDate effectiveFrom, String reason, Instant at, String by) {
        PunishmentType next = new PunishmentType(kind, effectiveFrom, at, by);
        next.follow(this, reason);
        next.describe(letter, nameMs, nameEn, severe, parameters());
        return next;
    }

    /** The content of a version not yet stored. */
    public PunishmentType describe(String letter, String nameMs, String nameEn, boolean severe,
            PunishmentParameters parameters) {
        requireNew();
        this.letter = letter;
        this.nameMs = nameMs;
        this.nameEn = nameEn;
        this.severe = severe;
        this.fineMaxDays = parameters.fineMaxDays();
        this.monthlyFinesCapPercent = parameters.monthlyFinesCapPercent();
        this.emolumentDaysDivisor = parameters.emolumentDaysDivisor();
        this.defermentMonthsAllowed = parameters.defermentMonthsAllowed().isEmpty() ? null
                : parameters.defermentMonthsAllowed().stream().distinct().sorted().map(String::valueOf)
                        .collect(Collectors.joining(","));
        this.salaryReductionMaxMovements = parameters.salaryReductionMaxMovements();
        this.rankReductionGrades = parameters.rankReductionGrades();
        return this;
    }

    public PunishmentParameters parameters() {
        return new PunishmentParameters(fineMaxDays, monthlyFinesCapPercent, emolumentDaysDivisor,
                getDefermentMonthsAllowed(), salaryReductionMaxMovements, rankReductionGrades);
    }

    public PunishmentKind getKind() {
        return kind;
    }

    /** As printed in the instrument: {@code 38(b)}. */
    public String getLetter() {
        return letter;
    }

    public String getNameMs() {
        return nameMs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isSevere() {
        return severe;
    }

    public Integer getFineMaxDays() {
        return fineMaxDays;
    }

    public Integer getMonthlyFinesCapPercent() {
        return monthlyFinesCapPercent;
    }

    public Integer getEmolumentDaysDivisor() {
        return emolumentDaysDivisor;
    }

    public List<Integer> getDefermentMonthsAllowed() {
        return defermentMonthsAllowed == null || defermentMonthsAllowed.isBlank() ? List.of()
                : Arrays.stream(defermentMonthsAllowed.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public Integer getSalaryReductionMaxMovements() {
        return salaryReductionMaxMovements;
    }

    public Integer getRankReductionGrades() {
        return rankReductionGrades;
    }
}
