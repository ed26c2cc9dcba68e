package my.etika.discipline.boundary;

import java.time.LocalDate;

/**
 * A step of the procedure as the integrity unit records it.
 *
 * @param to                        the status to move to
 * @param version                   the case's version the user saw (a stale one is refused)
 * @param on                        the day the step happened (today when absent): the charge served, the charge or
 *                                  decision received by the officer, the appeal received, the decision taken…
 * @param note                      what the step needs in words: the HoD report's summary, the charge, the reason
 *                                  for NO_CASE or WITHDRAWN
 * @param track                     for TRACK_DETERMINED: REG36_LESSER or REG37_DISMISSAL
 * @param authorityId               the disciplinary authority or board (reference data), when known
 * @param representationReceivedOn for DELIBERATION: when the officer's representation arrived (absent: none came)
 * @param decision                  for DECIDED, and for APPEAL_DECIDED when the board lightened the punishment
 * @param appealOutcome             for APPEAL_DECIDED: REMIT, CONFIRM, LIGHTEN or REVERSE
 * @param appealForwardedOn         for APPEAL_DECIDED: when the head of department forwarded the appeal
 */
public record TransitionRequest(String to, long version, LocalDate on, String note, String track, Long authorityId,
        LocalDate representationReceivedOn, DecisionForm decision, String appealOutcome,
        LocalDate appealForwardedOn) {
}
