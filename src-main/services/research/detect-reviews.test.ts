import { describe, expect, it } from 'vitest';
import { detectReviews } from './detect-reviews';
import { parsePage } from './parse-page';

const reviews = (body: string) => detectReviews(parsePage(`<html><body>${body}</body></html>`, 'https://salon.example/'));

describe('detectReviews', () => {
  it('finds review widgets by their host', () => {
    expect(reviews('<script src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"></script>')).toBe('Trustpilot widget');
    expect(reviews('<script src="https://cdn.trustindex.io/loader.js?abc"></script>')).toBe('Trustindex Google reviews widget');
    expect(reviews('<script src="https://www.yelp.com/embed/widgets.js"></script>')).toBe('Yelp reviews embed');
  });

  it('finds microdata ratings and testimonial blocks with two entries or more', () => {
    expect(reviews('<div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"></div>')).toBe(
      'schema.org rating (microdata)',
    );
    expect(reviews('<section class="testimonials"><blockquote>Great</blockquote><blockquote>Lovely</blockquote></section>')).toBe(
      'testimonials (2 entries)',
    );
  });

  it('ignores a lone quote, a link to a review site and a "leave a review" button', () => {
    expect(reviews('<section class="testimonials"><blockquote>Great</blockquote></section>')).toBeNull();
    expect(
      reviews('<a href="https://www.yelp.com/biz/salon-london">Yelp</a> <a href="https://g.page/r/abc/review">Leave us a review</a>'),
    ).toBeNull();
  });
});
