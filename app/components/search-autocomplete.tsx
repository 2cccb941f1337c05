/**
 * The search box with suggestions as you type (ARIA 1.2 combobox with a listbox). Without
 * JavaScript it is a plain search field in a GET form; with JavaScript it asks
 * /api/v1/suggest, shows up to eight suggestions, works with the arrow keys, Enter and Escape,
 * and announces the number of suggestions to screen readers.
 */
import { useNavigate } from '@remix-run/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import type { MessageKey } from '../i18n';
import { cx } from './typography';
import { useTranslation } from './use-translation';

export interface SuggestionItem {
  text: string;
  kind: string;
  href: string | null;
}

interface Props {
  id: string;
  name?: string;
  defaultValue?: string;
  describedBy?: string;
  invalid?: boolean;
  maxLength?: number;
  /** Called on every keystroke (the search page updates its results with it). */
  onValueChange?: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

const DEBOUNCE_MS = 150;

export function SearchBox({ id, name = 'q', defaultValue = '', describedBy, invalid, maxLength = 200, onValueChange, inputRef }: Props) {
  const { t, plural } = useTranslation();
  const navigate = useNavigate();
  const [hydrated, setHydrated] = useState(false);
  const [suggestions, setSuggestions] = useState<SuggestionItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const ownRef = useRef<HTMLInputElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const request = useRef<AbortController>();
  const listId = `${id}-suggesties`;
  const instance = useId();

  useEffect(() => {
    setHydrated(true);
    return () => {
      clearTimeout(timer.current);
      request.current?.abort();
    };
  }, []);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const load = (value: string) => {
    clearTimeout(timer.current);
    request.current?.abort();
    if (value.trim().length < 2) {
      setSuggestions([]);
      close();
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/v1/suggest?q=${encodeURIComponent(value)}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions: SuggestionItem[] };
        if (controller.signal.aborted) return;
        setSuggestions(body.suggestions);
        setActive(-1);
        setOpen(body.suggestions.length > 0);
        setAnnouncement(body.suggestions.length > 0 ? plural('search.suggest.count', body.suggestions.length) : '');
      } catch {
        // Aborted or offline: the plain search still works.
      }
    }, DEBOUNCE_MS);
  };

  const choose = (suggestion: SuggestionItem) => {
    const input = ownRef.current;
    close();
    if (suggestion.href) {
      navigate(suggestion.href);
      return;
    }
    if (!input) return;
    input.value = suggestion.text;
    onValueChange?.(suggestion.text);
    input.form?.requestSubmit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  };

  const expanded = hydrated && open && suggestions.length > 0;
  const setRefs = (element: HTMLInputElement | null) => {
    ownRef.current = element;
    if (typeof inputRef === 'function') inputRef(element);
    else if (inputRef && typeof inputRef === 'object') (inputRef as { current: HTMLInputElement | null }).current = element;
  };

  return (
    <div className="sk-autocomplete">
      <input
        ref={setRefs}
        className={cx('utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid')}
        aria-invalid={invalid || undefined}
        id={id}
        name={name}
        type="search"
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        {...(hydrated
          ? {
              role: 'combobox',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': expanded,
              'aria-controls': listId,
              'aria-activedescendant': expanded && active >= 0 ? `${listId}-${active}` : undefined,
              onKeyDown,
              onInput: (event: FormEvent<HTMLInputElement>) => {
                const value = event.currentTarget.value;
                load(value);
                onValueChange?.(value);
              },
              onBlur: () => close(),
            }
          : {})}
      />
      {hydrated ? (
        <div className="sk-autocomplete__popup" hidden={!expanded}>
          <ul id={listId} role="listbox" aria-label={t('search.suggest.label')} className="utrecht-listbox__list sk-autocomplete__list">
            {suggestions.map((suggestion, i) => (
              <li
                key={`${instance}-${suggestion.kind}-${suggestion.text}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={cx('utrecht-listbox__option sk-autocomplete__option', i === active && 'utrecht-listbox__option--active sk-autocomplete__option--active')}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(suggestion)}
              >
                <span className="sk-autocomplete__text">{suggestion.text}</span>{' '}
                <span className="sk-autocomplete__kind">{t(`search.suggest.kind.${suggestion.kind}` as MessageKey)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {hydrated ? (
        <div role="status" aria-live="polite" className="sk-visually-hidden">
          {announcement}
        </div>
      ) : null}
    </div>
  );
}
