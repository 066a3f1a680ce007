// A story as lists, cards and feeds show it: the fields of the queries' STORY_CARD projection and
// nothing else, so a list page's cache key changes when a card changes, not when a body does.
import type { Story, StoryCard } from './types.ts';

export function toStoryCard(story: Story): StoryCard {
  const { _id, title, slug, dek, format, publishedAt, cover, column } = story;
  return { _id, title, slug, dek, format, publishedAt, cover, column };
}
