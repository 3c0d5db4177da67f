	.file	"deepstack.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	fill, @function
fill:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mfcr 12
	mflr 0
	stmw 24,16(1)
	.cfi_register 65, 0
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mulli 28,3,48
	lis 26,.LANCHOR0@ha
	stw 0,52(1)
	stw 12,12(1)
	.cfi_offset 65, 4
	.cfi_offset 70, -36
	la 26,.LANCHOR0@l(26)
	add 28,28,4
	cmpwi 4,4,-1
	cmpwi 3,4,48
	mr 30,3
	mr 27,4
	mr 29,5
	add 28,26,28
	li 25,0
	li 24,2
.L5:
	cmplwi 0,30,47
	bgt- 0,.L1
	beq- 4,.L1
	beq- 3,.L1
	lbz 9,0(28)
	cmpwi 0,9,0
	bne- 0,.L1
	lwz 9,2304(26)
	stb 24,0(28)
	cmpw 0,9,29
	bge- 0,.L4
	stw 29,2304(26)
.L4:
	addi 29,29,1
	addi 4,27,1
	mr 5,29
	mr 3,30
	bl fill
	mr 5,29
	mr 31,3
	mr 4,27
	addi 3,30,1
	addi 31,31,1
	bl fill
	mr 5,29
	add 31,31,3
	addi 4,27,-1
	mr 3,30
	addi 28,28,-48
	bl fill
	addi 30,30,-1
	add 31,31,3
	add 25,25,31
	b .L5
.L1:
	lwz 12,12(1)
	addi 11,1,48
	mr 3,25
	mtcrf 24,12
	b _restgpr_24_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 65
	.cfi_restore 70
	.cfi_endproc
.LFE0:
	.size	fill,.-fill
	.align 2
	.type	nest, @function
nest:
.LFB2:
	.cfi_startproc
	stwu 1,-288(1)
	.cfi_def_cfa_offset 288
	mflr 0
	li 9,76
	mr 10,3
	mr 6,3
	li 4,10
	stw 0,292(1)
	addi 5,1,263
	stw 31,284(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	stb 9,8(1)
	li 9,0
.L12:
	divw 7,6,4
	mr 31,9
	addi 9,9,1
	mulli 8,7,10
	subf 8,8,6
	mr. 6,7
	addi 8,8,48
	stbx 8,9,5
	bne+ 0,.L12
	addi 7,1,8
	addi 5,1,264
	mr 8,7
	mtctr 9
.L13:
	addi 9,9,-1
	lbzx 6,9,5
	stbu 6,1(7)
	bdnz .L13
	cmpwi 0,10,6000
	add 8,8,31
	li 9,59
	li 3,0
	stb 9,2(8)
	beq+ 0,.L14
	addi 3,10,1
	bl nest
.L14:
	addi 10,31,3
	addi 9,1,7
	mtctr 10
.L15:
	lbzu 10,1(9)
	mulli 3,3,31
	add 3,10,3
	bdnz .L15
	addi 11,1,288
	b _restgpr_31_x
	.cfi_restore 31
	.cfi_restore 65
	.cfi_endproc
.LFE2:
	.size	nest,.-nest
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"filled"
.LC1:
	.string	"max depth"
.LC2:
	.string	"unreached"
.LC3:
	.string	"nested lines"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	li 8,7
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	la 31,.LANCHOR0@l(31)
.L25:
	andi. 9,8,0x8
	li 9,48
	li 10,0
	add 6,8,31
	mtctr 9
.L28:
	beq- 0,.L26
	addic 9,10,-1
	subfe 9,9,10
.L27:
	mulli 7,10,48
	addi 10,10,1
	stbx 9,6,7
	bdnz .L28
	addi 8,8,8
	cmpwi 0,8,55
	bne+ 0,.L25
	li 5,1
	li 4,0
	li 3,0
	addi 31,31,-1
	bl fill
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_int
	lwz 4,2305(31)
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	li 9,0
	li 4,0
.L30:
	li 10,48
	add 8,31,9
	mtctr 10
.L31:
	lbzu 10,1(8)
	subfic 10,10,0
	addze 4,4
	bdnz .L31
	addi 9,9,48
	cmplwi 0,9,2304
	bne+ 0,.L30
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 3,1
	bl nest
	mr 31,3
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_hex
	li 9,100
	divwu 9,31,9
	addi 11,1,16
	mulli 9,9,100
	subf 3,9,31
	addi 3,3,1
	b _restgpr_31_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 65
.L26:
	.cfi_restore_state
	xori 7,10,0x2f
	addic 9,7,-1
	subfe 9,9,7
	b .L27
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	grid, @object
	.size	grid, 2304
grid:
	.zero	2304
	.type	max_depth, @object
	.size	max_depth, 4
max_depth:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
