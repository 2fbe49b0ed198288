"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27 17:48:13.712067
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment_blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_blobs'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('inspection_uuid', sa.String(length=36), nullable=True),
    sa.Column('old', sa.Text(), nullable=True),
    sa.Column('new', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_inspection_uuid'), ['inspection_uuid'], unique=False)

    op.create_table('checklist_definitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checklist_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.String(length=32), nullable=False),
    sa.Column('agency', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('frozen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_definitions')),
    sa.UniqueConstraint('checklist_id', 'version', name=op.f('uq_checklist_definitions_checklist_id'))
    )
    op.create_table('reference_counters',
    sa.Column('bcp_code', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('bcp_code', 'year', name=op.f('pk_reference_counters'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('agency', sa.String(length=32), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('badge_number', sa.String(length=32), nullable=True),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('inspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('reference', sa.String(length=32), nullable=False),
    sa.Column('bcp_code', sa.String(length=8), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=False),
    sa.Column('procedure', sa.String(length=24), nullable=False),
    sa.Column('risk_lane', sa.String(length=8), nullable=True),
    sa.Column('declaration_ref', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tractor_plate', sa.String(length=40), nullable=True),
    sa.Column('trailer_plate', sa.String(length=40), nullable=True),
    sa.Column('vehicle_country', sa.String(length=2), nullable=True),
    sa.Column('transit_route', sa.String(length=200), nullable=True),
    sa.Column('transit_exit_bcp', sa.String(length=8), nullable=True),
    sa.Column('transit_deadline', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision', sa.String(length=24), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('decision_confirmed_by_id', sa.Integer(), nullable=True),
    sa.Column('decision_confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lead_officer_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finalized_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finalized_by_id', sa.Integer(), nullable=True),
    sa.Column('record_hash', sa.String(length=64), nullable=True),
    sa.Column('amendment_reason', sa.Text(), nullable=True),
    sa.Column('amended_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['amended_by_id'], ['users.id'], name=op.f('fk_inspections_amended_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_inspections_created_by_id_users')),
    sa.ForeignKeyConstraint(['decision_confirmed_by_id'], ['users.id'], name=op.f('fk_inspections_decision_confirmed_by_id_users')),
    sa.ForeignKeyConstraint(['finalized_by_id'], ['users.id'], name=op.f('fk_inspections_finalized_by_id_users')),
    sa.ForeignKeyConstraint(['lead_officer_id'], ['users.id'], name=op.f('fk_inspections_lead_officer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections')),
    sa.UniqueConstraint('uuid', 'revision', name=op.f('uq_inspections_uuid'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_current_arrived', ['is_current', 'arrived_at'], unique=False)
        batch_op.create_index('ix_inspections_reference', ['reference'], unique=False)
        batch_op.create_index('ix_inspections_status', ['status'], unique=False)
        batch_op.create_index('ix_inspections_tractor_plate', ['tractor_plate'], unique=False)
        batch_op.create_index('ix_inspections_trailer_plate', ['trailer_plate'], unique=False)

    op.create_table('agency_sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('agency', sa.String(length=32), nullable=False),
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision', sa.String(length=24), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('signed_by_id', sa.Integer(), nullable=True),
    sa.Column('signature_sha256', sa.String(length=64), nullable=True),
    sa.Column('returned_comment', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklist_definitions.id'], name=op.f('fk_agency_sections_checklist_id_checklist_definitions')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_agency_sections_inspection_id_inspections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['officer_id'], ['users.id'], name=op.f('fk_agency_sections_officer_id_users')),
    sa.ForeignKeyConstraint(['signature_sha256'], ['attachment_blobs.sha256'], name=op.f('fk_agency_sections_signature_sha256_attachment_blobs')),
    sa.ForeignKeyConstraint(['signed_by_id'], ['users.id'], name=op.f('fk_agency_sections_signed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency_sections')),
    sa.UniqueConstraint('inspection_id', 'agency', name=op.f('uq_agency_sections_inspection_id'))
    )
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('caption', sa.String(length=500), nullable=True),
    sa.Column('agency', sa.String(length=32), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_attachments_added_by_id_users')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_attachments_inspection_id_inspections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sha256'], ['attachment_blobs.sha256'], name=op.f('fk_attachments_sha256_attachment_blobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('cargo_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('hs_code', sa.String(length=10), nullable=False),
    sa.Column('packages', sa.Integer(), nullable=True),
    sa.Column('gross_mass_kg', sa.Float(), nullable=True),
    sa.Column('origin_country', sa.String(length=2), nullable=True),
    sa.Column('consignor', sa.String(length=200), nullable=True),
    sa.Column('consignee', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_cargo_lines_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cargo_lines'))
    )
    with op.batch_alter_table('cargo_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cargo_lines_hs_code'), ['hs_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_cargo_lines_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_documents_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_number'), ['number'], unique=False)

    op.create_table('drivers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_latin', sa.String(length=200), nullable=False),
    sa.Column('name_original', sa.String(length=200), nullable=True),
    sa.Column('passport_number', sa.String(length=32), nullable=True),
    sa.Column('nationality', sa.String(length=2), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_drivers_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drivers'))
    )
    with op.batch_alter_table('drivers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drivers_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('agencies', sa.Text(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_reviews_inspection_id_inspections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_reviews_reviewer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews'))
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('seals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('new_number', sa.String(length=64), nullable=True),
    sa.Column('affixed_by', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_seals_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seals'))
    )
    with op.batch_alter_table('seals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seals_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('photos', sa.Text(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answered_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['answered_by_id'], ['users.id'], name=op.f('fk_answers_answered_by_id_users')),
    sa.ForeignKeyConstraint(['section_id'], ['agency_sections.id'], name=op.f('fk_answers_section_id_agency_sections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answers')),
    sa.UniqueConstraint('section_id', 'item_id', name=op.f('uq_answers_section_id'))
    )


def downgrade() -> None:
    op.drop_table('answers')
    with op.batch_alter_table('seals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seals_inspection_id'))

    op.drop_table('seals')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_inspection_id'))

    op.drop_table('reviews')
    with op.batch_alter_table('drivers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drivers_inspection_id'))

    op.drop_table('drivers')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_number'))
        batch_op.drop_index(batch_op.f('ix_documents_inspection_id'))

    op.drop_table('documents')
    with op.batch_alter_table('cargo_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cargo_lines_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_cargo_lines_hs_code'))

    op.drop_table('cargo_lines')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_inspection_id'))

    op.drop_table('attachments')
    op.drop_table('agency_sections')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index('ix_inspections_trailer_plate')
        batch_op.drop_index('ix_inspections_tractor_plate')
        batch_op.drop_index('ix_inspections_status')
        batch_op.drop_index('ix_inspections_reference')
        batch_op.drop_index('ix_inspections_current_arrived')

    op.drop_table('inspections')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('reference_counters')
    op.drop_table('checklist_definitions')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_inspection_uuid'))

    op.drop_table('audit_log')
    op.drop_table('attachment_blobs')
