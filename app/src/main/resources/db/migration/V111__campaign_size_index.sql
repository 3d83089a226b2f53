-- The leaders' "largest campaigns of the month": walk campaigns from the largest down and stop at
-- the first ten that gained a case in the month (intel_case_campaign_idx answers that per campaign).
create index intel_campaign_size_desc_idx on intel_campaign (size desc, id);
