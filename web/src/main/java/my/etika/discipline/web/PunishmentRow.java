package my.etika.discipline.web;

import java.io.Serializable;
import java.math.BigDecimal;

/** One punishment being entered on the decision form. */
public class PunishmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private BigDecimal amount;
    private Integer days;
    private Integer months;
    private Integer movements;
    private String newGrade;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public Integer getMovements() {
        return movements;
    }

    public void setMovements(Integer movements) {
        this.movements = movements;
    }

    public String getNewGrade() {
        return newGrade;
    }

    public void setNewGrade(String newGrade) {
        this.newGrade = newGrade;
    }
}
