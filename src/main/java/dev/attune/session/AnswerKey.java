package dev.attune.session;

/**
 * Identifies one answer within a check-in.
 *
 * @param personId a person's id or {@link Journal#TOGETHER}
 */
record AnswerKey(long personId, String promptId) {}
