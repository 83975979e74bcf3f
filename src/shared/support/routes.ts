/**
 * The query parameter of a ticket's route that opens it with the reply box focused (a click on
 * a staff reply's notification: "#/support/tickets/<id>?reply=1").
 */
export const REPLY_PARAM = 'reply';
