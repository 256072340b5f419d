"""Extract: analysed text -> rows of exercises, meetings and claims with exact spans."""
