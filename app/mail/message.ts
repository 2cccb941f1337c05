/** An e-mail message and the interface every mailer implements (app/mail/mailer.server.ts picks one). */
export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text body (B1 Dutch or English, in the recipient's language). */
  text: string;
  /** A label for logs and tests: 'invitation', 'password_reset'. */
  kind: string;
  /** When it is sent: the request's instant (app/domain/clock.ts), for the Date header. */
  date: Date;
}

export interface SentMail {
  /** Where the message went: a file path for the outbox, a message id for a real mailer. */
  id: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}
