'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import { formatCount } from '@/lib/client';
import type { TagMatch } from '@/lib/api-contract';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { useTagSearch } from './use-tag-search';

/** Long enough to skip keystrokes inside a word, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 200;

interface TagPickerProps {
  /** The PI data server searched. */
  source: number;
  selected: TagMatch | null;
  onSelect: (tag: TagMatch) => void;
}

/**
 * A combobox (ARIA 1.2 pattern) over a server-side search: each pause in typing asks for one
 * screenful of matching names, so 30,240 tags never load at once. Arrow keys move, Enter picks,
 * Escape closes.
 */
export function TagPicker({ source, selected, onSelect }: TagPickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const { data, error, isPending, isPlaceholderData } = useTagSearch(source, search);
  const searching = isPending || isPlaceholderData || text.trim() !== search;
  const tags = data?.tags ?? [];
  const activeIndex = Math.min(active, tags.length - 1);

  function pick(tag: TagMatch): void {
    onSelect(tag);
    setText(tag.name);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(tags.length - 1, activeIndex + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const tag = tags[activeIndex];
      if (tag) pick(tag);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  }

  const status = error
    ? `Search failed: ${error.message}`
    : searching
      ? 'Searching…'
      : tags.length === 0
        ? search
          ? `No tag of this PI server matches “${search}”.`
          : 'No tags of this PI server in bronze.'
        : `${tags.length} tag${tags.length === 1 ? '' : 's'} shown${data?.more ? '; more match, keep typing to narrow down' : ''}.`;

  return (
    <div className="tag-picker">
      <label htmlFor={`${id}-input`} className="field-label">
        Tag
      </label>
      <input
        id={`${id}-input`}
        className="text-input"
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && tags[activeIndex] ? `${id}-opt-${activeIndex}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={selected ? selected.name : 'Type part of a tag name, e.g. Unit01_Temp'}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p className="tag-picker-status" role="status" aria-live="polite">
        {open ? status : ''}
      </p>
      <ul id={listId} role="listbox" aria-label="Matching tags" className="tag-picker-list" hidden={!open || tags.length === 0}>
        {tags.map((tag, i) => (
          <li
            key={tag.webId}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            className="tag-option"
            // mousedown, not click: keep focus in the input so the list does not close before the pick.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(tag);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="tag-option-name">{tag.name}</span>
            <span className="tag-option-meta">
              {tag.units} · {formatCount(tag.rowCount)} values
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
