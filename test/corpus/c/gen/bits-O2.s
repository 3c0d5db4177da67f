	.file	"bits.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	rev, @function
rev:
.LFB5:
	.cfi_startproc
	lis 8,0x5555
	lis 9,0xaaaa
	srwi 10,3,1
	ori 8,8,0x5555
	ori 9,9,0xaaaa
	slwi 3,3,1
	and 3,3,9
	and 10,10,8
	or 10,10,3
	lis 7,0x3333
	lis 8,0xcccc
	srwi 9,10,2
	ori 7,7,0x3333
	ori 8,8,0xcccc
	slwi 10,10,2
	and 9,9,7
	and 10,10,8
	lis 8,0xf0f
	or 9,9,10
	lis 10,0xf0f0
	srwi 3,9,4
	ori 8,8,0xf0f
	ori 10,10,0xf0f0
	slwi 9,9,4
	and 9,9,10
	and 3,3,8
	or 3,3,9
	mr 9,3
	rotlwi 3,3,24
	rlwimi 3,9,8,8,15
	rlwimi 3,9,8,24,31
	blr
	.cfi_endproc
.LFE5:
	.size	rev,.-rev
	.align 2
	.type	rotl, @function
rotl:
.LFB10:
	.cfi_startproc
	rotlw 3,3,4
	blr
	.cfi_endproc
.LFE10:
	.size	rotl,.-rotl
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"mismatches"
	.align 2
.LC1:
	.string	"signature"
	.align 2
.LC2:
	.string	"rev(1)"
	.align 2
.LC3:
	.string	"rev(0x12345678)"
	.align 2
.LC4:
	.string	"gray:"
	.align 2
.LC5:
	.string	"clz(1)"
	.align 2
.LC6:
	.string	"clz(0)"
	.align 2
.LC7:
	.string	"ctz(0x80000000)"
	.align 2
.LC8:
	.string	"ctz(48)"
	.align 2
.LC9:
	.string	"next_pow2(1000)"
	.align 2
.LC10:
	.string	"next_pow2(4096)"
	.align 2
.LC11:
	.string	"rotl(0x80000001,4)"
	.align 2
.LC12:
	.string	"rotl(x,0)"
	.align 2
.LC13:
	.string	"extract"
	.align 2
.LC14:
	.string	"insert"
	.align 2
.LC15:
	.string	"bswap"
	.align 2
.LC16:
	.string	"fields"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mfcr 12
	mflr 0
	stw 0,84(1)
	stw 15,12(1)
	stw 16,16(1)
	stw 17,20(1)
	stw 18,24(1)
	stw 19,28(1)
	stw 21,36(1)
	stw 27,60(1)
	stw 12,8(1)
	stw 22,40(1)
	.cfi_offset 65, 4
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 21, -44
	.cfi_offset 27, -20
	.cfi_offset 70, -72
	.cfi_offset 22, -40
	lis 22,0x9e37
	stw 24,48(1)
	.cfi_offset 24, -32
	lis 24,0x5555
	stw 25,52(1)
	.cfi_offset 25, -28
	lis 25,0xf0f
	stw 26,56(1)
	.cfi_offset 26, -24
	lis 26,0x19
	stw 28,64(1)
	.cfi_offset 28, -16
	lis 28,0x3333
	stw 31,76(1)
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 20,32(1)
	ori 22,22,0x79b9
	stw 23,44(1)
	la 31,.LANCHOR0@l(31)
	stw 29,68(1)
	ori 24,24,0x5555
	stw 30,72(1)
	.cfi_offset 20, -48
	.cfi_offset 23, -36
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	ori 28,28,0x3333
	ori 25,25,0xf0f
	ori 26,26,0x660d
	li 20,0
	li 29,0
	li 30,0
	li 23,27030
.L5:
	cmpwi 4,22,0
	li 27,0
	mr 9,22
	li 21,0
	beq- 4,.L13
.L6:
	addi 10,9,-1
	addi 21,21,1
	and. 9,9,10
	bne+ 0,.L6
	mr 27,21
.L13:
	srwi 16,22,1
	lbz 8,255(31)
	and 9,16,24
	subf 9,9,22
	srwi 10,9,2
	and 9,9,28
	and 10,10,28
	cmpwi 0,8,0
	add 9,9,10
	srwi 10,9,4
	add 9,10,9
	and 9,9,25
	slwi 3,9,8
	add 3,3,9
	slwi 9,3,16
	add 3,3,9
	srwi 3,3,24
	bne- 0,.L9
	li 10,85
	li 9,1
	mtctr 10
.L7:
	srawi 10,9,1
	rlwinm 7,9,0,31,31
	lbzx 5,31,10
	addi 10,9,1
	srawi 4,10,1
	rlwinm 6,10,0,31,31
	addi 8,9,2
	add 7,7,5
	srawi 5,8,1
	stbx 7,31,9
	rlwinm 7,8,0,31,31
	addi 9,9,3
	lbzx 4,31,4
	add 6,6,4
	stbx 6,31,10
	lbzx 10,31,5
	add 10,7,10
	stbx 10,31,8
	bdnz .L7
.L9:
	rlwinm 9,22,24,24,31
	rlwinm 8,22,0,24,31
	lbzx 10,31,9
	rlwinm 9,22,16,24,31
	lbzx 6,31,8
	srwi 8,22,24
	lbzx 7,31,9
	xor 9,3,21
	lbzx 8,31,8
	addic 18,9,-1
	add 10,10,6
	subfe 18,18,9
	add 10,10,7
	xor 16,22,16
	add 10,10,8
	li 8,5
	xor 10,10,3
	mr 9,16
	addic 10,10,-1
	srwi 19,22,16
	li 15,5
	addze 18,18
	li 10,1
	mtctr 8
.L8:
	srw 8,9,10
	addi 15,15,-1
	xor 9,9,8
	slwi 10,10,1
	bdnz .L8
	xor 9,22,9
	mr 3,22
	addic 9,9,-1
	xor 19,22,19
	addze 18,18
	bl rev
	mr 17,3
	bl rev
	srwi 10,19,8
	xor 3,3,22
	xor 10,10,19
	addic 3,3,-1
	srwi 9,10,4
	addze 18,18
	xor 9,9,10
	add 29,18,29
	rlwinm 9,9,0,28,31
	mr 3,30
	sraw 9,23,9
	li 4,5
	xor 9,9,21
	rlwinm 9,9,0,31,31
	add 29,9,29
	bl rotl
	xor 3,3,27
	beq- 4,.L31
	neg 9,22
	cntlzw 10,22
	and 30,9,22
	slwi 10,10,8
	cntlzw 30,30
	xor 3,10,3
	subfic 30,30,31
	slwi 30,30,16
.L11:
	mullw 22,22,26
	rlwinm 10,20,0,28,31
	addi 20,20,1
	xor 17,17,16
	cmpwi 0,20,300
	xor 17,17,3
	addis 22,22,0x3c6f
	xor 30,17,30
	addi 22,22,-3233
	srw 10,22,10
	xor 22,10,22
	bne+ 0,.L5
	lis 3,.LC0@ha
	mr 4,29
	la 3,.LC0@l(3)
	li 31,0
	bl show_int
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	mr 4,30
	bl show_hex
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	lis 4,0x8000
	bl show_hex
	lis 3,.LC3@ha
	lis 4,0x1e6a
	la 3,.LC3@l(3)
	ori 4,4,0x2c48
	bl show_hex
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl print_str
.L14:
	li 3,32
	addi 28,31,1
	bl print_char
	srwi 3,31,1
	xor 3,3,31
	addi 31,31,2
	bl print_uint
	li 3,32
	bl print_char
	srwi 3,28,1
	xor 3,3,28
	bl print_uint
	cmpwi 0,28,15
	bne+ 0,.L14
	bl print_nl
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	li 4,31
	bl show_int
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	li 4,32
	bl show_int
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	li 4,31
	bl show_int
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	li 4,4
	bl show_int
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	li 4,1024
	bl show_hex
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	li 4,4096
	bl show_hex
	lis 3,0x8000
	li 4,4
	ori 3,3,0x1
	bl rotl
	mr 4,3
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_hex
	lis 3,0xabcd
	li 4,0
	ori 3,3,0xef01
	bl rotl
	mr 4,3
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	bl show_hex
	lis 3,.LC13@ha
	la 3,.LC13@l(3)
	li 4,219
	bl show_hex
	lis 3,.LC14@ha
	lis 4,0xdead
	la 3,.LC14@l(3)
	ori 4,4,0xb5af
	bl show_hex
	lis 3,.LC15@ha
	lis 4,0x4433
	la 3,.LC15@l(3)
	ori 4,4,0x2211
	bl show_hex
	li 9,10
	li 10,0
	li 6,7
	mtctr 9
.L15:
	addi 9,10,1
	slw 7,6,10
	slw 9,9,10
	srw 8,22,10
	xor 9,9,15
	rlwinm 8,8,0,28,31
	and 9,9,7
	addi 10,10,3
	xor 9,9,8
	xor 15,15,9
	bdnz .L15
	lis 3,.LC16@ha
	mr 4,15
	la 3,.LC16@l(3)
	slwi 29,29,6
	bl show_hex
	lis 10,0x5555
	ori 10,10,0x5555
	srwi 9,30,1
	and 9,9,10
	lis 10,0x3333
	subf 9,9,30
	ori 10,10,0x3333
	srwi 8,9,2
	and 9,9,10
	and 10,8,10
	lis 8,0xf0f
	add 9,9,10
	ori 8,8,0xf0f
	srwi 10,9,4
	lwz 0,84(1)
	add 10,10,9
	lwz 12,8(1)
	.cfi_remember_state
	.cfi_register 70, 12
	and 10,10,8
	lwz 15,12(1)
	slwi 9,10,8
	lwz 16,16(1)
	add 9,9,10
	lwz 17,20(1)
	slwi 10,9,16
	lwz 18,24(1)
	add 9,9,10
	lwz 19,28(1)
	srwi 3,9,24
	lwz 20,32(1)
	add 3,3,29
	lwz 21,36(1)
	lwz 22,40(1)
	mtcrf 8,12
	.cfi_restore 70
	lwz 23,44(1)
	mtlr 0
	.cfi_restore 65
	lwz 24,48(1)
	lwz 25,52(1)
	lwz 26,56(1)
	lwz 27,60(1)
	lwz 28,64(1)
	lwz 29,68(1)
	lwz 30,72(1)
	lwz 31,76(1)
	addi 1,1,80
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_def_cfa_offset 0
	blr
.L31:
	.cfi_restore_state
	xori 3,3,0x2000
	lis 30,0x20
	b .L11
	.cfi_endproc
.LFE14:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	t.0, @object
	.size	t.0, 256
t.0:
	.zero	256
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
