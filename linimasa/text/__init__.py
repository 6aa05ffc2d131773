"""Text utilities shared by stages: tokens and sentences with source offsets."""
