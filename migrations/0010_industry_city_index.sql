-- The lead table's most common filter pair, industry and city ("dentists in Lyon"), read as one
-- index range instead of two bitmaps ANDed; industry alone still uses the leading column.
DROP INDEX "leads_industry_idx";--> statement-breakpoint
CREATE INDEX "leads_industry_city_idx" ON "leads" USING btree ("industry","city");
