/**
 * A status message after a completed action (post/redirect/get): announced politely, or at once
 * for an error. One look for every form (account, admin, review, insight).
 */
import type { ReactNode } from 'react';

export type NoticeTone = 'ok' | 'warning' | 'info' | 'error';

export function FormNotice({ children, tone = 'ok', className }: { children: ReactNode; tone?: NoticeTone; className?: string }) {
  return (
    <div className={`sk-notice sk-notice--${tone}${className ? ` ${className}` : ''}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
